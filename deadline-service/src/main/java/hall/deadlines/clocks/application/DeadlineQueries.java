package hall.deadlines.clocks.application;

import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.domain.WorkingTime;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.clocks.persistence.ClockRepository.StoredClock;
import hall.deadlines.events.ClockKind;
import hall.deadlines.shared.AccessRefused;
import hall.deadlines.shared.ReadScope;
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

    /**
     * The clocks of a case the caller may read: a clerk every clock of a case of its window, a department officer
     * its department's clocks. Empty when the case has no clock; refused when it has clocks but none is the
     * caller's.
     */
    @Transactional(readOnly = true)
    public List<ClockWithTime> byCase(String caseId, ReadScope scope) {
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        List<DeadlineClock> all = clocks.findByCase(caseId, rules);
        List<DeadlineClock> visible = all.stream().filter(c -> visible(c, all, scope)).toList();
        if (!all.isEmpty() && visible.isEmpty()) {
            throw new AccessRefused("case " + caseId + " is not in the caller's window or department");
        }
        return visible.stream()
                .map(c -> new ClockWithTime(c, c.workingTime(clock.instant(), rules.apply(c.terms().region()))))
                .toList();
    }

    /**
     * A clerk reads every clock of a case whose applicant clock (or, before acceptance, acceptance clock) is at its
     * window; others clock by clock.
     */
    private static boolean visible(DeadlineClock c, List<DeadlineClock> ofCase, ReadScope scope) {
        if (scope.windowCode() != null) {
            return ofCase.stream().anyMatch(a -> a.kind() != ClockKind.DEPARTMENT
                    && scope.windowCode().equals(a.terms().windowCode()));
        }
        return scope.permits(c.terms().windowCode(), c.terms().departmentCode());
    }

    @Transactional(readOnly = true)
    public List<ClockListing> page(ReadScope scope, String window, ClockState state, int page, int size) {
        return clocks.page(scope.window(window), scope.departmentCode(), state, page, size).stream()
                .map(DeadlineQueries::listing).toList();
    }

    @Transactional(readOnly = true)
    public long count(ReadScope scope, String window, ClockState state) {
        return clocks.count(scope.window(window), scope.departmentCode(), state);
    }

    private static ClockListing listing(StoredClock s) {
        return new ClockListing(s.id(), s.terms().caseId(), s.terms().kind(), s.terms().departmentCode(),
                s.terms().windowCode(), s.state(), s.terms().limitDays(), s.extensionDays(), s.derived().dueOn(),
                s.derived().dueAt(), s.derived().provisional(), s.level(), s.outcome());
    }
}
