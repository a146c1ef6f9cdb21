package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.persistence.CaseRepository;
import hall.caseservice.shared.HallCalendar;
import hall.caseservice.shared.HallClock;
import hall.cases.events.CaseEvent;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deemed acceptance (Administrative Licensing Law art. 32), judged by case-service from the receipt date and its
 * own working-day calendar before any clerk action, and applied when deadline-service reports the lapse. Both
 * paths are idempotent: the first one to notice the lapse accepts the case, the other changes nothing.
 */
@Service
public class DeemedAcceptances {

    private final CaseRepository cases;
    private final CaseEventPublisher publisher;
    private final HallCalendar calendar;
    private final HallClock clock;

    public DeemedAcceptances(CaseRepository cases, CaseEventPublisher publisher, HallCalendar calendar,
            HallClock clock) {
        this.cases = cases;
        this.publisher = publisher;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Accepts the case as of its day of receipt when its notice period has lapsed without a notice. Runs in its own
     * transaction, so the acceptance stays even when the clerk's action that follows is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void settle(String caseId) {
        cases.findForUpdate(caseId).ifPresent(c -> store(c, c.history().size(),
                c.settleNoticePeriod(calendar.noticePeriod(c.receivedAt()), clock.now())));
    }

    /**
     * deadline-service reported that no supplement notice followed within 5 working days of receipt. Unknown cases
     * and cases past that point are left alone.
     */
    @Transactional
    public void lapsed(String caseId) {
        Optional<Case> found = cases.findForUpdate(caseId);
        found.ifPresent(c -> store(c, c.history().size(), c.acceptAsDeemed(clock.now())));
    }

    private void store(Case c, int historyBefore, List<CaseEvent> events) {
        if (!events.isEmpty()) {
            cases.update(c, historyBefore);
            publisher.publish(c, events);
        }
    }
}
