package hall.callbacks.projects.domain;

/** What is told about an owner when registering them (unchecked; {@link Owner} checks it). */
public record OwnerDetails(String building, String unit, String room, String name, String phone, String idNumber,
        boolean contactConsent, String preferredContactTimes) {
}
