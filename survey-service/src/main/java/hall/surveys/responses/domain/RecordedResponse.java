package hall.surveys.responses.domain;

import java.time.LocalDate;
import java.util.List;

/** A stored response as read back, with its answers (level and score where the question is scored). */
public record RecordedResponse(String id, String campaign, String receiptId, String caseId, boolean anonymous,
        boolean followUpConsent, Integer score, LocalDate collectedOn, List<AnswerRow> answers) {

    public record AnswerRow(String question, String department, String value, String level, Integer score) {
    }
}
