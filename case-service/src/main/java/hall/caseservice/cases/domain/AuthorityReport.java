package hall.caseservice.cases.domain;

import java.time.Instant;

/** A reported case's record of when and to whom it was sent up, and the reply. */
public record AuthorityReport(String authority, Instant reportedAt, String reportedBy, Boolean approved,
        String reply, Instant repliedAt) {

    AuthorityReport replied(boolean ok, String text, Instant at) {
        return new AuthorityReport(authority, reportedAt, reportedBy, ok, text, at);
    }

    public boolean answered() {
        return approved != null;
    }
}
