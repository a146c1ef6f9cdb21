package hall.deadlines.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hall.security.Caller;
import hall.security.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReadScopeTest {

    private static Caller caller(Role role, String window, String department) {
        return new Caller("u", "u", EnumSet.of(role), window, department, null);
    }

    @Test
    void supervisionOfficeAndAdministratorsReadEverything() {
        assertThat(ReadScope.of(caller(Role.SUPERVISOR, null, null))).isEqualTo(ReadScope.EVERYTHING);
        assertThat(ReadScope.of(caller(Role.ADMIN, null, null)).permits("W1", "D1")).isTrue();
        assertThat(ReadScope.EVERYTHING.window("W9")).isEqualTo("W9");
        assertThat(ReadScope.EVERYTHING.restricted()).isFalse();
    }

    @Test
    void clerkReadsOwnWindowOnly() {
        ReadScope clerk = ReadScope.of(caller(Role.CLERK, "W1", "D1"));
        assertThat(clerk).isEqualTo(new ReadScope("W1", null));
        assertThat(clerk.permits("W1", "D7")).isTrue();
        assertThat(clerk.permits("W2", "D1")).isFalse();
        assertThat(clerk.window(null)).isEqualTo("W1");
        assertThat(clerk.window("W1")).isEqualTo("W1");
        assertThatThrownBy(() -> clerk.window("W2")).isInstanceOf(AccessRefused.class);
        assertThat(clerk.restricted()).isTrue();
    }

    @Test
    void officerReadsOwnDepartmentOnly() {
        ReadScope officer = ReadScope.of(caller(Role.DEPARTMENT_OFFICER, null, "D1"));
        assertThat(officer.permits("W5", "D1")).isTrue();
        assertThat(officer.permits("W5", "D2")).isFalse();
        assertThat(officer.window(null)).isNull();
    }

    @Test
    void scopedRoleWithoutItsClaimAndOtherRolesAreRefused() {
        assertThatThrownBy(() -> ReadScope.of(caller(Role.CLERK, null, null))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> ReadScope.of(caller(Role.DEPARTMENT_OFFICER, "W1", " ")))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> ReadScope.of(caller(Role.APPLICANT, "W1", "D1"))).isInstanceOf(AccessRefused.class);
    }
}
