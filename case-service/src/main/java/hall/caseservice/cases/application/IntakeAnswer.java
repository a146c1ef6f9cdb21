package hall.caseservice.cases.application;

/** The answer of a POST /api/cases as first given (status and JSON body); replayed for a repeated key. */
public record IntakeAnswer(int status, String body, String caseId, boolean replayed) {
}
