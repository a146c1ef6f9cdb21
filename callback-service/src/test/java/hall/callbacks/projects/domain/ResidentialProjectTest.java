package hall.callbacks.projects.domain;

import hall.callbacks.events.OwnerRegistered;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentialProjectTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void aProjectHasACodeANameAndAnAddress() {
        ResidentialProject p = ResidentialProject.create(" P01 ", " 翠湖花园 ", "湖滨路88号", "admin-1", NOW);

        assertThat(p.code()).isEqualTo("P01");
        assertThat(p.name()).isEqualTo("翠湖花园");
        assertThat(p.address()).isEqualTo("湖滨路88号");
        assertThat(p.createdBy()).isEqualTo("admin-1");
        assertThat(p.createdAt()).isEqualTo(NOW);
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> ResidentialProject.create("p 01", " ", null, "admin-1", NOW))
                .isInstanceOfSatisfying(ProjectRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(ProjectRuleViolation.Violation::field)
                        .containsExactly("code", "name", "address"));
    }

    @Test
    void codesAreShortUpperCaseLettersDigitsAndHyphens() {
        assertThat(ResidentialProject.create("CH-2026-A", "n", "a", "x", NOW).code()).isEqualTo("CH-2026-A");
        assertThatThrownBy(() -> ResidentialProject.create("-P01", "n", "a", "x", NOW))
                .isInstanceOf(ProjectRuleViolation.class);
        assertThatThrownBy(() -> ResidentialProject.create("P".repeat(21), "n", "a", "x", NOW))
                .isInstanceOf(ProjectRuleViolation.class);
        assertThatThrownBy(() -> ResidentialProject.create("", "n", "a", "x", NOW))
                .isInstanceOf(ProjectRuleViolation.class);
    }

    @Test
    void registeringAnOwnerCausesOwnerRegisteredWithAContactReferenceButNoPhone() {
        ResidentialProject p = ResidentialProject.create("P01", "翠湖花园", "湖滨路88号", "admin-1", NOW);

        ResidentialProject.Registration r = p.registerOwner("o-1", new OwnerDetails("3", "2", "1202", "王建国",
                "13800130001", null, true, "周末上午"), "manager-1", NOW);

        assertThat(r.owner().projectCode()).isEqualTo("P01");
        assertThat(r.owner().household()).isEqualTo(new Household("3", "2", "1202"));
        OwnerRegistered e = r.event();
        assertThat(e.ownerId()).isEqualTo("o-1");
        assertThat(e.projectCode()).isEqualTo("P01");
        assertThat(e.contactRef()).isEqualTo("owner:o-1");
        assertThat(e.contactConsent()).isTrue();
        assertThat(e.registeredBy()).isEqualTo("manager-1");
        assertThat(e.toString()).doesNotContain("13800130001").doesNotContain("王建国");
    }
}
