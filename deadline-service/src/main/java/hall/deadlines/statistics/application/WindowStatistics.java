package hall.deadlines.statistics.application;

import hall.deadlines.shared.HallSettings.HallZone;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.ReadScope;
import hall.deadlines.statistics.persistence.WindowFiguresQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Efficiency per window over a period of hall dates (applicant clocks only): completed cases, on-time rate, mean
 * working days used against promised, approved extensions, overdue cases.
 */
@Service
public class WindowStatistics {

    /**
     * completed: stopped ON_TIME or LATE in the period; extensions: approved in the period; overdue: due in the
     * period and either completed late or still open past the due time.
     */
    public record WindowFigures(String windowCode, long completed, long onTime, Double onTimeRate,
            Double meanUsedWorkingDays, Double meanPromisedWorkingDays, long extensions, long extensionWorkingDays,
            long overdue) {
    }

    private final WindowFiguresQuery figures;
    private final HallZone zone;
    private final Clock clock;

    public WindowStatistics(WindowFiguresQuery figures, HallZone zone, Clock clock) {
        this.figures = figures;
        this.zone = zone;
        this.clock = clock;
    }

    /** The figures of the windows the scope permits (a clerk: its window; an officer: its department's). */
    public List<WindowFigures> perWindow(ReadScope scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "to must not be before from");
        }
        Instant start = from.atStartOfDay(zone.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone.zone()).toInstant();
        return figures.between(start, end, clock.instant(), scope.windowCode(), scope.departmentCode());
    }
}
