package hall.surveys.rectifications.domain;

import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.RectificationMeasureRecorded;
import hall.surveys.opinions.domain.Opinion;
import hall.surveys.shared.InputRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A department's answer to an opinion: the measure, the person responsible and the due date in working days. What
 * cannot be solved now carries an explanation for the owner and is reported upward. An owner who gave consent is
 * called back on it (FollowUpRequested).
 */
public record RectificationMeasure(String id, Opinion opinion, String measure, String responsiblePerson,
        int workingDays, LocalDate dueDate, boolean solvableNow, String explanation, String recordedBy,
        Instant recordedAt) {

    /** What the department says. */
    public record Answer(String measure, String responsiblePerson, Integer workingDays, Boolean solvableNow,
            String explanation) {
    }

    public record Recorded(RectificationMeasure measure, RectificationMeasureRecorded event,
            Optional<FollowUpRequested> followUp) {
    }

    /** Checks the answer; {@code defaultWorkingDays} applies when none is given (3 by default). */
    public static Answer check(Answer a, int defaultWorkingDays) {
        InputRules rules = new InputRules();
        String measure = rules.required("measure", a.measure(), 2000);
        String person = rules.required("responsiblePerson", a.responsiblePerson(), 100);
        int days = a.workingDays() == null ? defaultWorkingDays : a.workingDays();
        rules.check(days >= 1 && days <= 250, "workingDays", "must be between 1 and 250");
        boolean solvable = a.solvableNow() == null || a.solvableNow();
        String explanation = rules.optional("explanation", a.explanation(), 2000);
        rules.check(solvable || explanation != null, "explanation",
                "is required when the problem cannot be solved now");
        rules.failIfAny();
        return new Answer(measure, person, days, solvable, explanation);
    }

    /** Records a checked answer; {@code dueDate} is null while the calendar could not be asked. */
    public static Recorded record(String id, Opinion opinion, Answer checked, LocalDate dueDate, String by,
            Instant at, String followUpId) {
        RectificationMeasure m = new RectificationMeasure(id, opinion, checked.measure(), checked.responsiblePerson(),
                checked.workingDays(), dueDate, checked.solvableNow(), checked.explanation(), by, at);
        return new Recorded(m, m.recorded(), m.followUp(followUpId));
    }

    public boolean dueDatePending() {
        return dueDate == null;
    }

    public RectificationMeasure withDueDate(LocalDate date) {
        return new RectificationMeasure(id, opinion, measure, responsiblePerson, workingDays, date, solvableNow,
                explanation, recordedBy, recordedAt);
    }

    public RectificationMeasureRecorded recorded() {
        return new RectificationMeasureRecorded(id, opinion.id(), opinion.campaignCode(), opinion.projectCode(),
                opinion.windowCode(), opinion.departmentCode(), measure, responsiblePerson, workingDays, dueDate,
                dueDatePending(), solvableNow, explanation, recordedBy, recordedAt);
    }

    private Optional<FollowUpRequested> followUp(String followUpId) {
        if (!opinion.followUpConsent() || opinion.contactRef() == null) {
            return Optional.empty();
        }
        return Optional.of(new FollowUpRequested(followUpId, "RECTIFICATION", "opinion:" + opinion.id(), null,
                opinion.windowCode(), opinion.departmentCode(), opinion.projectCode(), opinion.contactRef(),
                summary(), recordedAt));
    }

    /** The Chinese text the callback agent reads to the owner. */
    String summary() {
        String head = "您提出的意见「" + opinion.text() + "」，整改措施：" + measure + "（责任人：" + responsiblePerson;
        if (!solvableNow) {
            return head + "）。暂时无法解决的原因：" + explanation + "；已上报。";
        }
        return head + (dueDate == null ? "，完成日期待定）。" : "，预计 " + dueDate + " 前完成）。");
    }
}
