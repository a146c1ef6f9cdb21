package hall.callbacks.projects.domain;

import hall.callbacks.events.OwnerRegistered;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A residential project (小区/楼盘) whose property owners are visited and called back. Its code is the scope a
 * property manager's token carries in the {@code project} claim.
 */
public record ResidentialProject(String code, String name, String address, String createdBy, Instant createdAt) {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    public static ResidentialProject create(String code, String name, String address, String by, Instant now) {
        FieldChecks checks = new FieldChecks();
        String c = checks.required("code", code, 20);
        checks.matching("code", c, CODE, "1 to 20 upper-case letters, digits or hyphens, starting with a letter or digit");
        String n = checks.required("name", name, 200);
        String a = checks.required("address", address, 500);
        checks.failIfAny();
        return new ResidentialProject(c, n, a, by, now);
    }

    public record Registration(Owner owner, OwnerRegistered event) {
    }

    /** Registers an owner of one of this project's households; every bad field is named at once. */
    public Registration registerOwner(String ownerId, OwnerDetails details, String by, Instant now) {
        Owner owner = Owner.of(ownerId, code, details, by, now);
        Household h = owner.household();
        return new Registration(owner, new OwnerRegistered(owner.id(), code, h.building(), h.unit(), h.room(),
                owner.contactConsent(), owner.contactRef(), by, now));
    }
}
