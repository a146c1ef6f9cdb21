package hall.security;

/** The platform's roles; a token's "roles" claim lists them and they become authorities ROLE_&lt;name&gt;. */
public enum Role {
    APPLICANT, CLERK, DEPARTMENT_OFFICER, SUPERVISOR, CALLBACK_AGENT, PROPERTY_MANAGER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
