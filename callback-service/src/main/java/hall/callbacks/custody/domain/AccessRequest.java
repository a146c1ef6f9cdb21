package hall.callbacks.custody.domain;

import hall.callbacks.events.AccessGranted;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Another department asks to read a project's callback and visit records for a purpose; the responsible person
 * (the project's manager or a supervisor) grants it for {@code days} days (1-30, default 7) or denies it with a
 * reason. Only a granted request within its time lets its requester read.
 */
public record AccessRequest(String id, String projectCode, String purpose, String requestedBy, String department,
        int days, AccessStatus status, Instant requestedAt, String decidedBy, Instant decidedAt, String reason,
        Instant validUntil) {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 30;

    public static AccessRequest request(String id, String projectCode, String purpose, String by, String department,
            Integer days, Instant at) {
        if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
            throw new BadField("purpose", "say what the records are needed for (at most 500 characters)");
        }
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            throw new BadField("days", "1 to " + MAX_DAYS);
        }
        return new AccessRequest(id, projectCode, purpose, by, department, d, AccessStatus.REQUESTED, at, null, null,
                null, null);
    }

    public enum AccessStatus {
        REQUESTED, GRANTED, DENIED
    }

    public record Decided(AccessRequest request, Optional<AccessGranted> granted) {
    }

    public Decided decide(boolean approve, String decisionReason, String by, Instant at) {
        if (status != AccessStatus.REQUESTED) {
            throw new RuleBroken("status", "access request " + id + " is " + status + " already");
        }
        if (by.equals(requestedBy)) {
            throw new RuleBroken("decidedBy", "a request is decided by someone other than its requester");
        }
        if (!approve && (decisionReason == null || decisionReason.isBlank())) {
            throw new BadField("reason", "say why the access is denied");
        }
        if (decisionReason != null && decisionReason.length() > 2000) {
            throw new BadField("reason", "at most 2000 characters");
        }
        Instant until = approve ? at.plus(Duration.ofDays(days)) : null;
        AccessRequest after = new AccessRequest(id, projectCode, purpose, requestedBy, department, days,
                approve ? AccessStatus.GRANTED : AccessStatus.DENIED, requestedAt, by, at, decisionReason, until);
        return new Decided(after, approve ? Optional.of(new AccessGranted(id, projectCode, requestedBy, department,
                purpose, by, until, at)) : Optional.empty());
    }

    /** Lets its requester read at {@code now}. */
    public boolean grantsAt(Instant now) {
        return status == AccessStatus.GRANTED && now.isBefore(validUntil);
    }
}
