package hall.callbacks.rounds.domain;

/** A case of a window's frame as the draw sees it: who would be called, and whether they agreed to it. */
public record Candidate(String caseId, String contactRef, String applicantSubject, boolean consented) {
}
