package hall.caseservice.cases.application;

import java.time.Instant;
import java.util.List;

/** What a window takes in: applicant, matter, window, the materials handed in; receivedAt only for imports. */
public record SubmitCase(String applicantName, String phone, String idNumber, boolean callbackConsent,
        String applicantSubject, String matterCode, String windowCode, List<String> materials, Instant receivedAt) {
}
