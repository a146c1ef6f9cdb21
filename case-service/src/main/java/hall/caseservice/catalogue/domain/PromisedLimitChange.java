package hall.caseservice.catalogue.domain;

import java.time.Instant;

/** One change of a window's promised limit for a matter: from how many working days to how many, who, when, why. */
public record PromisedLimitChange(String windowCode, String matterCode, int previousDays, int promisedLimitDays,
        String reason, String changedBy, Instant changedAt) {
}
