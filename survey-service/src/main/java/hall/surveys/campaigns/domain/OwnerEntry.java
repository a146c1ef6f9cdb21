package hall.surveys.campaigns.domain;

/**
 * An owner as survey-service knows it from callback-service's OwnerRegistered events: the household and the
 * contact reference, never a name or phone number.
 */
public record OwnerEntry(String ownerId, String projectCode, String household, boolean contactConsent,
        String contactRef) {
}
