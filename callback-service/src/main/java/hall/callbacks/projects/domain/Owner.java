package hall.callbacks.projects.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A property owner of one household of a residential project, with the contact data callbacks and visits need.
 * Outside the audited contact read, name, phone and ID number are shown masked; events carry only
 * {@link #contactRef()}.
 */
public record Owner(String id, String projectCode, Household household, String name, String phone, String idNumber,
        boolean contactConsent, String preferredContactTimes, String registeredBy, Instant registeredAt) {

    /** Mainland mobile (1[3-9] + 9 digits) or a landline with area code (0 + 2-3 digits, optional hyphen, 7-8 digits). */
    public static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    /** Resident identity card number: 17 digits and a digit or X. */
    public static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");

    static Owner of(String id, String projectCode, OwnerDetails d, String by, Instant now) {
        FieldChecks checks = new FieldChecks();
        String building = checks.required("building", d.building(), 20);
        String unit = checks.required("unit", d.unit(), 20);
        String room = checks.required("room", d.room(), 20);
        String name = checks.required("name", d.name(), 100);
        String phone = checks.required("phone", d.phone(), 20);
        checks.matching("phone", phone, PHONE,
                "must be a mainland mobile number (1[3-9] and 9 digits) or a landline with area code");
        String idNumber = checks.optional("idNumber", d.idNumber(), 18);
        if (idNumber != null) {
            idNumber = idNumber.toUpperCase(Locale.ROOT);
            checks.matching("idNumber", idNumber, ID_NUMBER, "must be 17 digits followed by a digit or X");
        }
        String times = checks.optional("preferredContactTimes", d.preferredContactTimes(), 200);
        checks.failIfAny();
        return new Owner(id, projectCode, new Household(building, unit, room), name, phone, idNumber,
                d.contactConsent(), times, by, now);
    }

    public String contactRef() {
        return "owner:" + id;
    }
}
