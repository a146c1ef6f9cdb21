package hall.deadlines.statistics.web;

import hall.deadlines.shared.ReadScope;
import io.swagger.v3.oas.annotations.Operation;
import hall.deadlines.statistics.application.WindowStatistics;
import hall.security.Caller;
import hall.deadlines.statistics.application.WindowStatistics.WindowFigures;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatisticsController {

    public record WindowStatisticsView(LocalDate from, LocalDate to, List<WindowFigures> windows) {
    }

    private final WindowStatistics statistics;

    public StatisticsController(WindowStatistics statistics) {
        this.statistics = statistics;
    }

    /** Per window: on-time rate, mean used against promised working days, extensions, overdue. */
    @Operation(summary = "On-time, late and breached deadlines per window over a period")
    @GetMapping("/api/deadline-statistics/windows")
    @PreAuthorize("hasAnyRole('CLERK', 'DEPARTMENT_OFFICER', 'SUPERVISOR', 'ADMIN')")
    public WindowStatisticsView windows(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new WindowStatisticsView(from, to, statistics.perWindow(ReadScope.of(Caller.current()), from, to));
    }
}
