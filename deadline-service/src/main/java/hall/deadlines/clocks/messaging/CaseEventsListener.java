package hall.deadlines.clocks.messaging;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseEvent;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseSuspended;
import hall.cases.events.CaseTopics;
import hall.cases.events.JointPartDecided;
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.SupplementRequested;
import hall.deadlines.clocks.application.ClockCommands;
import hall.deadlines.supplement.application.SupplementNoticeChecks;
import hall.eventing.inbox.EventInbox;
import hall.events.EventTypes;
import hall.workingdays.CalendarRange;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies case-service's events to the clocks and the supplement-notice checks, each event once. */
@Component
public class CaseEventsListener {

    public static final String CONSUMER = "deadline-clocks";
    private static final EventTypes<CaseEvent> CASE = EventTypes.of(CaseEvent.class);

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final EventInbox inbox;
    private final ClockCommands clocks;
    private final SupplementNoticeChecks supplementNotices;

    public CaseEventsListener(EventInbox inbox, ClockCommands clocks, SupplementNoticeChecks supplementNotices) {
        this.inbox = inbox;
        this.clocks = clocks;
        this.supplementNotices = supplementNotices;
    }

    @KafkaListener(topics = CaseTopics.CASE_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, in -> in.as(CASE).ifPresent(event -> {
            Optional<String> unusable = unusableDate(event);
            if (unusable.isPresent()) {
                // e.g. a ledger import stored as -infinity before the import bounds existed: no calendar can count
                // from it, and a retry never could, so the event is consumed without effect instead of parked
                log.warn("Case {}: {} not applied, its {} lies outside the dates the calendars cover ({} to {})",
                        in.subject(), in.type(), unusable.get(), CalendarRange.EARLIEST, CalendarRange.LATEST);
                return;
            }
            switch (event) {
                case CaseSubmitted e -> supplementNotices.submitted(e);
                case SupplementRequested e -> {
                    supplementNotices.settled(e.caseId(), SupplementNoticeChecks.BY_NOTICE);
                    clocks.supplementRequested(e);
                }
                case MaterialsSupplied e -> clocks.materialsSupplied(e);
                case CaseAccepted e -> {
                    supplementNotices.settled(e.caseId(), SupplementNoticeChecks.BY_ACCEPTANCE);
                    clocks.accepted(e);
                }
                case CaseSuspended e -> clocks.suspended(e);
                case CaseResumed e -> clocks.resumed(e);
                case CaseCompleted e -> clocks.completed(e);
                case JointPartDecided e -> clocks.jointPartDecided(e);
                case CaseReturned e -> {
                    supplementNotices.settled(e.caseId(), SupplementNoticeChecks.BY_RETURN);
                    clocks.returned(e);
                }
                default -> {
                    // other case events do not concern deadlines
                    return;
                }
            }
            // one line per applied event; it carries the request id of the request that caused the event
            log.info("Case {}: {} applied to its deadline clocks", in.subject(), in.type());
        }));
    }

    /** The first date of the event the working-day calendars cannot count from, as "field = value". */
    static Optional<String> unusableDate(CaseEvent event) {
        return switch (event) {
            case CaseSubmitted e -> outside("receivedAt", e.receivedAt());
            case SupplementRequested e -> outside("requestedAt", e.requestedAt());
            case MaterialsSupplied e -> outside("suppliedAt", e.suppliedAt());
            case CaseAccepted e -> outside("acceptedAt", e.acceptedAt());
            case CaseSuspended e -> outside("suspendedAt", e.suspendedAt());
            case CaseResumed e -> outside("resumedAt", e.resumedAt());
            case CaseCompleted e -> outside("completedAt", e.completedAt());
            case JointPartDecided e -> outside("decidedAt", e.decidedAt());
            case CaseReturned e -> outside("returnedAt", e.returnedAt());
            default -> Optional.empty();
        };
    }

    private static Optional<String> outside(String field, Instant at) {
        return at == null || CalendarRange.contains(at) ? Optional.empty() : Optional.of(field + " = " + at);
    }
}
