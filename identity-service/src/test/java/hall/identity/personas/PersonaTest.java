package hall.identity.personas;

import hall.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonaTest {

    @Test
    void scopedRolesNeedTheirScope() {
        assertThatThrownBy(() -> new Persona("c", "s", "n", List.of(Role.CLERK), null, null, null))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new Persona("o", "s", "n", List.of(Role.DEPARTMENT_OFFICER), null, " ", null))
                .hasMessageContaining("department");
        assertThatThrownBy(() -> new Persona("m", "s", "n", List.of(Role.PROPERTY_MANAGER), null, null, null))
                .hasMessageContaining("project");
    }

    @Test
    void aPersonaNeedsASecretAndARole() {
        assertThatThrownBy(() -> new Persona("a", "", "n", List.of(Role.ADMIN), null, null, null))
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> new Persona("a", "s", "n", List.of(), null, null, null))
                .hasMessageContaining("role");
    }

    @Test
    void claimsCarryRolesNameAndOnlyTheScopesGiven() {
        Persona clerk = new Persona("clerk", "s", "Li Si", List.of(Role.CLERK), "W-MKT-01", null, null);

        assertThat(clerk.claims())
                .containsEntry("roles", List.of("CLERK"))
                .containsEntry("name", "Li Si")
                .containsEntry("window", "W-MKT-01")
                .doesNotContainKeys("department", "project");
    }
}
