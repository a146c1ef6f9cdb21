package hall.surveys.opinions.domain;

import hall.surveys.events.OpinionClassified;
import hall.surveys.shared.InputRules;

import java.time.Instant;

/**
 * A free-text opinion from a survey response, classified to the department that must answer it. It keeps the
 * contact reference of the person (none when the form was anonymous) and whether a follow-up was consented to.
 */
public record Opinion(String id, String responseId, String campaignCode, String projectCode, String windowCode,
        String questionCode, String text, String departmentCode, String basis, String contactRef,
        boolean followUpConsent, Instant recordedAt) {

    public record Classified(Opinion opinion, OpinionClassified event) {
    }

    /** Classifies a new opinion: a keyword rule wins over the question's tag. */
    public static Classified classify(String id, String responseId, String campaignCode, String projectCode,
            String windowCode, String questionCode, String questionTag, String text, String contactRef,
            boolean followUpConsent, KeywordRules rules, String by, Instant at) {
        var match = rules.match(text);
        String department = match.map(KeywordRules.Match::department).orElse(questionTag);
        String basis = match.isPresent() ? "KEYWORD" : "QUESTION_TAG";
        Opinion o = new Opinion(id, responseId, campaignCode, projectCode, windowCode, questionCode, text, department,
                basis, contactRef, followUpConsent, at);
        return new Classified(o, o.event(match.map(KeywordRules.Match::keyword).orElse(null), by, at));
    }

    /** Moves the opinion to another department by hand. */
    public Classified reclassify(String department, String by, Instant at) {
        InputRules rules = new InputRules();
        String d = rules.code("departmentCode", department);
        rules.failIfAny();
        Opinion o = new Opinion(id, responseId, campaignCode, projectCode, windowCode, questionCode, text, d, "MANUAL",
                contactRef, followUpConsent, recordedAt);
        return new Classified(o, o.event(null, by, at));
    }

    private OpinionClassified event(String keyword, String by, Instant at) {
        return new OpinionClassified(id, responseId, campaignCode, projectCode, windowCode, questionCode,
                departmentCode, basis, keyword, by, at);
    }
}
