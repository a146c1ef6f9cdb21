package hall.deadlines.extensions.application;

import hall.cases.events.CaseTopics;
import hall.cases.events.NotificationRequested;
import hall.cases.events.NotificationTemplates;
import hall.deadlines.clocks.application.ClockChanges;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.events.DeadlineTopics;
import hall.deadlines.events.ExtensionDecided;
import hall.deadlines.events.ExtensionRequested;
import hall.deadlines.extensions.domain.Extension;
import hall.deadlines.extensions.persistence.ExtensionRepository;
import hall.deadlines.shared.AccessRefused;
import hall.deadlines.shared.NotFound;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions (延期): asked for by a clerk of the case's window, decided once by the supervision office. Approval
 * moves the applicant deadline and tells the applicant the reason and the new date.
 */
@Service
public class Extensions {

    public static final String TEMPLATE = "extension-approved";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ExtensionRepository extensions;
    private final ClockChanges changes;
    private final EventOutbox outbox;
    private final NotificationTemplates templates;
    private final Clock clock;

    public Extensions(ExtensionRepository extensions, ClockChanges changes, EventOutbox outbox,
            NotificationTemplates templates, Clock clock) {
        this.extensions = extensions;
        this.changes = changes;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional
    public Extension request(String caseId, int workingDays, String reason, Caller caller) {
        ClockChanges.Locked applicant = changes.lockApplicant(caseId);
        DeadlineClock applicantClock = applicant.clock();
        if (!caller.hasRole(Role.CLERK) || caller.windowCode() == null
                || !caller.windowCode().equals(applicantClock.terms().windowCode())) {
            throw new AccessRefused("Only a clerk of window " + applicantClock.terms().windowCode()
                    + " may ask for an extension of case " + caseId);
        }
        Instant now = clock.instant();
        applicantClock.requireExtensible(now, applicant.rules());
        Extension extension = Extension.request(caseId, applicantClock.id(), workingDays, reason, caller.subject(),
                now, applicantClock.terms().extensionCapDays(), extensions.committedDays(caseId));
        extensions.insert(extension);
        outbox.append(DeadlineTopics.DEADLINE_EVENTS, caseId,
                new ExtensionRequested(caseId, extension.id(), workingDays, reason, caller.subject(),
                        applicantClock.dueAt(), now));
        return extension;
    }

    /** The extensions asked for a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Extension> byCase(String caseId) {
        return extensions.findByCase(caseId);
    }

    /**
     * The supervision office decides. An approval extends the applicant clock through {@link ClockChanges} (the
     * clock refuses when it has stopped, and keeps a breach that happened before the decision) and tells the
     * applicant the reason and the new date.
     */
    @Transactional
    public Extension decide(String extensionId, boolean approve, String comment, Caller caller) {
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("Only the supervision office decides extensions");
        }
        Extension pending = extensions.lock(extensionId)
                .orElseThrow(() -> new NotFound("No extension " + extensionId));
        Instant now = clock.instant();
        ClockChanges.Locked applicant = changes.lockApplicant(pending.caseId());
        Extension decided = pending.decide(approve, comment, caller.subject(), now);
        Instant newDueAt = null;
        if (approve) {
            changes.apply(applicant, (c, rules) -> c.extend(decided.workingDays(), now, rules));
            newDueAt = applicant.clock().dueAt();
        }
        extensions.saveDecision(decided);
        outbox.append(DeadlineTopics.DEADLINE_EVENTS, decided.caseId(),
                new ExtensionDecided(decided.caseId(), decided.id(), approve, decided.workingDays(), decided.reason(),
                        comment, newDueAt, now));
        if (approve) {
            notifyApplicant(applicant.clock(), decided, now);
        }
        return decided;
    }

    private void notifyApplicant(DeadlineClock clock, Extension extension, Instant now) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("caseId", clock.caseId());
        parameters.put("matterName", clock.terms().matterName() != null ? clock.terms().matterName()
                : clock.terms().matterCode());
        parameters.put("reason", extension.reason());
        parameters.put("workingDays", Integer.toString(extension.workingDays()));
        parameters.put("dueDate", CHINESE_DATE.format(clock.dueOn()));
        parameters.put("windowCode", clock.terms().windowCode());
        String text = templates.render(TEMPLATE, parameters);
        outbox.append(CaseTopics.NOTIFICATION_REQUESTS, clock.caseId(),
                new NotificationRequested(UUID.randomUUID().toString(), clock.terms().contactRef(), clock.caseId(),
                        TEMPLATE, "zh-CN", text, parameters, now));
    }
}
