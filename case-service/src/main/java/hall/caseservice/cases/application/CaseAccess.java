package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.JointPart;
import hall.caseservice.shared.AccessRefused;
import hall.security.Caller;
import hall.security.Role;

/**
 * Who may do what with a case: a clerk acts only on cases of their window, a department officer only on their
 * department's joint parts, an applicant only on their own cases (applicant subject = token subject).
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Acceptance, notices, returns, suspensions, reports, replies and completion. */
    public static void requireHandler(Caller caller, Case c) {
        if (caller.hasRole(Role.ADMIN)) {
            return;
        }
        if (caller.hasRole(Role.CLERK) && c.windowCode().equals(caller.windowCode())) {
            return;
        }
        throw new AccessRefused("only a clerk of window " + c.windowCode() + " (or an admin) may act on this case");
    }

    /** Supplying materials: the applicant themself, the window's clerk or an admin. */
    public static void requireSupplier(Caller caller, Case c) {
        if (caller.hasRole(Role.APPLICANT) && isOwner(caller, c)) {
            return;
        }
        requireHandler(caller, c);
    }

    public static void requireDepartmentOfficer(Caller caller, String departmentCode) {
        if (caller.hasRole(Role.ADMIN)) {
            return;
        }
        if (caller.hasRole(Role.DEPARTMENT_OFFICER) && departmentCode.equals(caller.departmentCode())) {
            return;
        }
        throw new AccessRefused("only an officer of department " + departmentCode + " may decide its part");
    }

    public static void requireReader(Caller caller, Case c) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            return;
        }
        if (caller.hasRole(Role.CLERK) && c.windowCode().equals(caller.windowCode())) {
            return;
        }
        if (caller.hasRole(Role.DEPARTMENT_OFFICER) && caller.departmentCode() != null
                && (caller.departmentCode().equals(c.departmentCode()) || c.jointParts().stream()
                        .map(JointPart::departmentCode).anyMatch(caller.departmentCode()::equals)
                        || c.matter().jointDepartments().stream()
                                .anyMatch(j -> j.departmentCode().equals(caller.departmentCode())))) {
            return;
        }
        if (caller.hasRole(Role.APPLICANT) && isOwner(caller, c)) {
            return;
        }
        throw new AccessRefused("this case is outside the caller's window, department or own cases");
    }

    /** Only applicants see their own phone and ID number in full; everyone else gets them masked. */
    public static boolean seesFullPersonalData(Caller caller, Case c) {
        return caller.hasRole(Role.APPLICANT) && isOwner(caller, c);
    }

    static boolean isOwner(Caller caller, Case c) {
        return c.applicant().subject() != null && c.applicant().subject().equals(caller.subject());
    }
}
