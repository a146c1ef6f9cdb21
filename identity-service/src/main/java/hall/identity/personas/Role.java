package hall.identity.personas;

/** The platform's roles, carried in the {@code roles} claim of every access token. */
public enum Role {
    APPLICANT,
    CLERK,
    DEPARTMENT_OFFICER,
    SUPERVISOR,
    CALLBACK_AGENT,
    PROPERTY_MANAGER,
    ADMIN
}
