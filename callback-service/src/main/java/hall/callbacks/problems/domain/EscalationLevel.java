package hall.callbacks.problems.domain;

/**
 * Who follows a problem. A hall problem: the window first, then the supervision office, then the office's head.
 * An owner's issue: the customer-service supervisor first, then the project manager, then the property manager
 * (物业经理) of the company. The last level of each track stays.
 */
public enum EscalationLevel {
    WINDOW, SUPERVISION_OFFICE, OFFICE_HEAD,
    CUSTOMER_SERVICE_SUPERVISOR, PROJECT_MANAGER, PROPERTY_MANAGER;

    /** The level of the next round after an unsatisfied re-callback, on the same track. */
    public EscalationLevel next() {
        return switch (this) {
            case WINDOW -> SUPERVISION_OFFICE;
            case SUPERVISION_OFFICE, OFFICE_HEAD -> OFFICE_HEAD;
            case CUSTOMER_SERVICE_SUPERVISOR -> PROJECT_MANAGER;
            case PROJECT_MANAGER, PROPERTY_MANAGER -> PROPERTY_MANAGER;
        };
    }
}
