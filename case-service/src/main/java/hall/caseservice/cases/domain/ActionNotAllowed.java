package hall.caseservice.cases.domain;

import java.util.List;

/** An action was attempted in a state that does not allow it; nothing changed. */
public class ActionNotAllowed extends RuntimeException {

    private final CaseAction action;
    private final CaseStatus status;
    private final List<CaseAction> allowed;

    public ActionNotAllowed(CaseAction action, CaseStatus status, List<CaseAction> allowed, String detail) {
        super(detail);
        this.action = action;
        this.status = status;
        this.allowed = List.copyOf(allowed);
    }

    public CaseAction action() {
        return action;
    }

    public CaseStatus status() {
        return status;
    }

    public List<CaseAction> allowed() {
        return allowed;
    }
}
