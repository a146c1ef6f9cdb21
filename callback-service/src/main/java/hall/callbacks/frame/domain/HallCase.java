package hall.callbacks.frame.domain;

import java.time.Instant;

/**
 * A case of the hall as the sampling frame knows it from case-service's events. {@code callbackConsent} is null
 * while no event has told it (a case returned before acceptance) and then counts as no consent.
 */
public record HallCase(String caseId, String contactRef, String applicantSubject, String windowCode,
        String departmentCode, String matterCode, String category, Instant receivedAt, Instant acceptedAt,
        Instant completedAt, Instant returnedAt, Boolean callbackConsent) {

    public boolean consented() {
        return Boolean.TRUE.equals(callbackConsent);
    }
}
