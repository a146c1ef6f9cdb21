package hall.deadlines.clocks.application;

import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.domain.WorkingTime;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.clocks.persistence.ClockRepository.StoredClock;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DeadlineQueries {

    public record ClockWithTime(DeadlineClock clock, WorkingTime time) {
    }

    private final ClockRepository clocks;
    private final DeadlineRulesSource rulesSource;
    private final Clock clock;

    public DeadlineQueries(ClockRepository clocks, DeadlineRulesSource rulesSource, Clock clock) {
        this.clocks = clocks;
        this.rulesSource = rulesSource;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ClockWithTime> byCase(String caseId) {
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        return clocks.findByCase(caseId, rules).stream()
                .map(c -> new ClockWithTime(c, c.workingTime(clock.instant(), rules.apply(c.terms().region()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ClockListing> page(String window, ClockState state, int page, int size) {
        return clocks.page(window, state, page, size).stream().map(DeadlineQueries::listing).toList();
    }

    @Transactional(readOnly = true)
    public long count(String window, ClockState state) {
        return clocks.count(window, state);
    }

    private static ClockListing listing(StoredClock s) {
        return new ClockListing(s.id(), s.terms().caseId(), s.terms().kind(), s.terms().departmentCode(),
                s.terms().windowCode(), s.state(), s.terms().limitDays(), s.extensionDays(), s.derived().dueOn(),
                s.derived().dueAt(), s.derived().provisional(), s.level(), s.outcome());
    }
}
