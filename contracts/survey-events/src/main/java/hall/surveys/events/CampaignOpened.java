package hall.surveys.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey campaign was opened: an owner survey of a residential project for a year ({@code kind} OWNER_ANNUAL,
 * {@code projectCode} and {@code year} set, {@code receipts} the sign-off receipts handed out at opening) or the
 * on-site forms of a hall window for an ISO week ({@code kind} HALL_ONSITE, {@code windowCode}, {@code isoWeek} and
 * {@code target} set). Answers are accepted until {@code collectionDate} (a hall date) inclusive.
 */
public record CampaignOpened(String campaignId, String kind, String questionnaireId, int questionnaireVersion,
        String projectCode, Integer year, String windowCode, String isoWeek, Integer target, int receipts,
        LocalDate collectionDate, String openedBy, Instant openedAt) implements SurveyEvent {

    public static final String TYPE = "hall.survey.campaign-opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
