package hall.deadlines.shared;

import hall.security.Caller;
import hall.security.Role;
import java.util.Objects;

/**
 * What a caller may read of clocks, accountability records and statistics (gateway/README.md, role matrix):
 * the supervision office and administrators everything, a clerk its own window, a department officer its own
 * department. A restricted caller without its scope claim reads nothing.
 *
 * @param windowCode     the only window the caller may read, or null
 * @param departmentCode the only department the caller may read, or null
 */
public record ReadScope(String windowCode, String departmentCode) {

    public static final ReadScope EVERYTHING = new ReadScope(null, null);

    public static ReadScope of(Caller caller) {
        if (caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
            return EVERYTHING;
        }
        if (caller.hasRole(Role.CLERK)) {
            return new ReadScope(required(caller.windowCode(), "window"), null);
        }
        if (caller.hasRole(Role.DEPARTMENT_OFFICER)) {
            return new ReadScope(null, required(caller.departmentCode(), "department"));
        }
        throw new AccessRefused("the caller's role may not read deadlines");
    }

    private static String required(String code, String claim) {
        if (code == null || code.isBlank()) {
            throw new AccessRefused("the caller's token carries no " + claim + " scope");
        }
        return code;
    }

    /** Whether a clock or record of this window and department is the caller's. */
    public boolean permits(String window, String department) {
        return (windowCode == null || windowCode.equals(window))
                && (departmentCode == null || departmentCode.equals(department));
    }

    /**
     * The window filter of a listing: the requested one when the caller may read it (refused when it is another
     * window than the caller's own), else the caller's own window, else none.
     */
    public String window(String requested) {
        if (requested == null) {
            return windowCode;
        }
        if (windowCode != null && !windowCode.equals(requested)) {
            throw new AccessRefused("a clerk of window " + windowCode + " may not read window " + requested);
        }
        return requested;
    }

    public boolean restricted() {
        return !Objects.equals(this, EVERYTHING);
    }
}
