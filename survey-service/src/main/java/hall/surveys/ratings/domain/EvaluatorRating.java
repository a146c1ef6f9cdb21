package hall.surveys.ratings.domain;

import hall.surveys.events.EvaluatorRatingRecorded;
import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.RatingLevel;
import hall.surveys.shared.InputRules;

import java.time.Instant;
import java.util.Optional;

/**
 * An e-evaluator rating (好差评) of a window, or of a case handled there, on the national five-level scale. A reason
 * is required for the two bad levels, and a bad rating asks callback-service for a follow-up callback.
 */
public record EvaluatorRating(String id, String caseId, String windowCode, String departmentCode, RatingLevel level,
        int score, String reason, RatingChannel channel, String contactRef, String ratedBy, Instant ratedAt) {

    /** What the person chose; the window and case come from the caller's scope or the case. */
    public record Choice(RatingLevel level, String reason) {
    }

    public record Rated(EvaluatorRating rating, EvaluatorRatingRecorded recorded, Optional<FollowUpRequested> followUp) {
    }

    public static Rated rate(String id, String caseId, String windowCode, String departmentCode, Choice choice,
            int score, RatingChannel channel, String by, Instant at, String followUpId) {
        InputRules rules = new InputRules();
        rules.present("level", choice.level());
        String window = rules.code("windowCode", windowCode);
        String reason = rules.optional("reason", choice.reason(), 500);
        if (choice.level() != null && choice.level().bad()) {
            rules.check(reason != null, "reason", "is required for an unsatisfied or very unsatisfied rating");
        }
        rules.failIfAny();
        String contactRef = caseId == null ? null : "case:" + caseId;
        EvaluatorRating r = new EvaluatorRating(id, caseId, window, departmentCode, choice.level(), score, reason,
                channel, contactRef, by, at);
        EvaluatorRatingRecorded recorded = new EvaluatorRatingRecorded(id, caseId, window, departmentCode,
                choice.level(), score, reason, channel.name(), contactRef, at);
        Optional<FollowUpRequested> followUp = choice.level().bad()
                ? Optional.of(new FollowUpRequested(followUpId, "BAD_RATING", "rating:" + id, caseId, window,
                        departmentCode, null, contactRef, summary(r), at))
                : Optional.empty();
        return new Rated(r, recorded, followUp);
    }

    /** The Chinese summary the callback agent reads before calling. */
    static String summary(EvaluatorRating r) {
        String level = r.level() == RatingLevel.VERY_UNSATISFIED ? "非常不满意" : "不满意";
        return "电子评价器差评（" + level + "）：窗口 " + r.windowCode()
                + (r.caseId() == null ? "" : "，办件 " + r.caseId()) + "。原因：" + r.reason();
    }
}
