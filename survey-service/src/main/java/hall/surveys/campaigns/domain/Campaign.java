package hall.surveys.campaigns.domain;

import hall.surveys.events.CampaignOpened;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InputRules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey campaign: the owner survey of a residential project for a year (OWNER_ANNUAL), or the on-site forms
 * of a hall window for an ISO week (HALL_ONSITE, with a target number of forms). It uses one published
 * questionnaire version and accepts answers collected until its collection date inclusive.
 */
public record Campaign(String code, SurveyPurpose kind, String questionnaireCode, int questionnaireVersion,
        String projectCode, Integer year, String windowCode, String isoWeek, Integer target, LocalDate collectionDate,
        String openedBy, Instant openedAt) {

    /** What a request to open a campaign says; unset fields are null. */
    public record Opening(String code, SurveyPurpose kind, String projectCode, Integer year, String windowCode,
            String isoWeek, Integer target, LocalDate collectionDate) {
    }

    public record Opened(Campaign campaign, CampaignOpened event) {
    }

    /**
     * Checks the opening and returns the campaign; {@code defaultTarget} is the configured number of on-site forms
     * per window and week. The collection date of an on-site campaign defaults to the Sunday of its week.
     */
    public static Campaign open(Opening o, Questionnaire questionnaire, int defaultTarget, LocalDate today,
            String by, Instant at) {
        InputRules rules = new InputRules();
        String code = rules.code("code", o.code());
        rules.present("kind", o.kind());
        if (o.kind() != null && questionnaire.purpose() != o.kind()) {
            rules.add("questionnaire", "is a " + questionnaire.purpose() + " questionnaire, not " + o.kind());
        }
        String project = null;
        String window = null;
        IsoWeek week = null;
        Integer target = null;
        LocalDate collection = o.collectionDate();
        if (o.kind() == SurveyPurpose.OWNER_ANNUAL) {
            project = rules.code("projectCode", o.projectCode());
            rules.present("year", o.year());
            rules.check(o.year() == null || o.year() >= 2000 && o.year() <= today.getYear() + 1, "year",
                    "must be between 2000 and next year");
            rules.present("collectionDate", collection);
            rules.check(o.windowCode() == null && o.isoWeek() == null && o.target() == null, "windowCode",
                    "an owner survey has no window, week or target");
            if (collection != null && o.year() != null) {
                rules.check(collection.getYear() >= o.year() && collection.getYear() <= o.year() + 1,
                        "collectionDate", "must be in the survey year or early in the next");
            }
        } else if (o.kind() == SurveyPurpose.HALL_ONSITE) {
            window = rules.code("windowCode", o.windowCode());
            week = IsoWeek.parse(o.isoWeek()).orElse(null);
            rules.check(week != null, "isoWeek", "must be an ISO week such as 2026-W48");
            target = o.target() == null ? defaultTarget : o.target();
            rules.check(target >= 1 && target <= 1000, "target", "must be between 1 and 1000");
            rules.check(o.projectCode() == null && o.year() == null, "projectCode",
                    "an on-site campaign has no project or year");
            if (week != null) {
                collection = collection == null ? week.sunday() : collection;
                rules.check(!collection.isBefore(week.monday()), "collectionDate", "must not be before the week");
            }
        }
        rules.failIfAny();
        return new Campaign(code, o.kind(), questionnaire.code(), questionnaire.version(), project,
                o.kind() == SurveyPurpose.OWNER_ANNUAL ? o.year() : null, window,
                week == null ? null : week.toString(), target, collection, by, at);
    }

    public CampaignOpened opened(int receipts) {
        return new CampaignOpened(code, kind.name(), questionnaireCode, questionnaireVersion, projectCode, year,
                windowCode, isoWeek, target, receipts, collectionDate, openedBy, openedAt);
    }

    public boolean ownerSurvey() {
        return kind == SurveyPurpose.OWNER_ANNUAL;
    }

    /** Whether answers collected on {@code date} still count. */
    public boolean collecting(LocalDate date) {
        return !date.isAfter(collectionDate);
    }

    /** Refuses an answer collected after the collection date (409). */
    public void requireCollecting(LocalDate collectedOn) {
        if (!collecting(collectedOn)) {
            throw new Conflict("campaign", "campaign " + code + " closed on " + collectionDate
                    + "; answers collected on " + collectedOn + " are too late");
        }
    }
}
