package hall.surveys.campaigns.domain;

import hall.surveys.shared.Conflict;
import hall.surveys.shared.InputRules;

import java.time.Instant;

/**
 * The sign-off receipt (文件签收单) of one owner's questionnaire: handed out at distribution, signed by the person
 * who received it ({@code receivedBy}, {@code receivedAt}).
 */
public record Receipt(String id, String campaignCode, String ownerId, String household, boolean contactConsent,
        String contactRef, Instant distributedAt, String receivedBy, Instant receivedAt) {

    public static Receipt handOut(String id, String campaignCode, OwnerEntry owner, Instant at) {
        return new Receipt(id, campaignCode, owner.ownerId(), owner.household(), owner.contactConsent(),
                owner.contactRef(), at, null, null);
    }

    public boolean signed() {
        return receivedAt != null;
    }

    /** Signed by the person who received the form, at the time given (not in the future, not before distribution). */
    public Receipt signOff(String receivedBy, Instant receivedAt, Instant now) {
        if (signed()) {
            throw new Conflict("receipt", "receipt " + id + " was signed already");
        }
        InputRules rules = new InputRules();
        String by = rules.required("receivedBy", receivedBy, 100);
        Instant at = receivedAt == null ? now : receivedAt;
        rules.check(!at.isAfter(now), "receivedAt", "must not be in the future");
        rules.check(!at.isBefore(distributedAt), "receivedAt", "must not be before the distribution");
        rules.failIfAny();
        return new Receipt(id, campaignCode, ownerId, household, contactConsent, contactRef, distributedAt, by, at);
    }
}
