package hall.surveys.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A department answered an opinion with a rectification measure and a responsible person. {@code dueDate} is
 * {@code workingDays} working days after the day of recording on the hall's calendar, or null while the calendar
 * could not be asked ({@code dueDatePending}); it is never guessed. When the problem cannot be solved now
 * ({@code solvableNow} false) {@code explanation} says why, the owners are told, and it is reported upward.
 */
public record RectificationMeasureRecorded(String measureId, String opinionId, String campaignId,
        String projectCode, String windowCode, String departmentCode, String measure, String responsiblePerson,
        int workingDays, LocalDate dueDate, boolean dueDatePending, boolean solvableNow, String explanation,
        String recordedBy, Instant recordedAt) implements SurveyEvent {

    public static final String TYPE = "hall.survey.rectification-measure-recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
