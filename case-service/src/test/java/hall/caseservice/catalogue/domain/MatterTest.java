package hall.caseservice.catalogue.domain;

import hall.cases.events.HandlingCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatterTest {

    private static final List<RequiredMaterial> MATERIALS = List.of(
            new RequiredMaterial("FORM", "申请表", MaterialKind.MAIN, "申请的依据"),
            new RequiredMaterial("ID", "身份证复印件", MaterialKind.SUPPORTING, "核验身份"));

    @Test
    void promisedLimitAboveStatutoryIsRefused() {
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 10, 11, 0, MATERIALS,
                List.of())).isInstanceOf(CatalogueRuleViolation.class)
                .extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("promisedLimitDays");
    }

    @Test
    void aWindowPromisesAtMostTheStatutoryLimitAndAtLeastOneDay() {
        Matter m = Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 20, 10, 5, MATERIALS, List.of());
        Matter promised = m.promisedIn(8);
        assertThat(promised.promisedLimitDays()).isEqualTo(8);
        assertThat(promised.statutoryLimitDays()).isEqualTo(20);
        assertThat(promised.extensionCapDays()).isEqualTo(5);
        assertThat(m.promisedLimitDays()).as("the catalogue entry is unchanged").isEqualTo(10);
        assertThat(m.promisedIn(20).promisedLimitDays()).isEqualTo(20);
        for (int days : new int[] {21, 0, -1}) {
            assertThatThrownBy(() -> m.promisedIn(days)).isInstanceOfSatisfying(CatalogueRuleViolation.class,
                    e -> assertThat(e.field()).isEqualTo("promisedLimitDays"));
        }
    }

    @Test
    void aWindowCannotPromiseAJointMatterInLessTimeThanAPartNeedsNorSetAnImmediateOne() {
        Matter joint = Matter.define("J1", "x", "D1", HandlingCategory.JOINT, 45, 30, 15, MATERIALS,
                List.of(new JointDepartment("D1", true, 20), new JointDepartment("D2", false, 15)));
        assertThat(joint.promisedIn(20).promisedLimitDays()).isEqualTo(20);
        assertThatThrownBy(() -> joint.promisedIn(19)).isInstanceOfSatisfying(CatalogueRuleViolation.class,
                e -> assertThat(e.field()).startsWith("jointDepartments["));
        Matter immediate = Matter.define("I1", "x", "D1", HandlingCategory.IMMEDIATE, 1, 0, 0, MATERIALS, List.of());
        assertThatThrownBy(() -> immediate.promisedIn(1)).isInstanceOfSatisfying(CatalogueRuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("promisedLimitDays"));
    }

    @Test
    void promisedLimitEqualToStatutoryIsAccepted() {
        Matter m = Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 10, 10, 5, MATERIALS, List.of());
        assertThat(m.promisedLimitDays()).isEqualTo(10);
    }

    @Test
    void immediateMatterMayPromiseZeroDaysButOthersNot() {
        assertThat(Matter.define("M1", "x", "D1", HandlingCategory.IMMEDIATE, 0, 0, 0, MATERIALS, List.of()))
                .isNotNull();
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 5, 0, 0, MATERIALS,
                List.of())).isInstanceOf(CatalogueRuleViolation.class);
    }

    @Test
    void onlyTheFourCatalogueCategoriesAreAllowed() {
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.SUPPLEMENT, 5, 5, 0, MATERIALS,
                List.of())).isInstanceOf(CatalogueRuleViolation.class)
                .extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("category");
    }

    @Test
    void duplicateMaterialCodesAreRefused() {
        List<RequiredMaterial> twice = List.of(MATERIALS.get(0), MATERIALS.get(0));
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 5, 5, 0, twice,
                List.of())).extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("materials[1].code");
    }

    @Test
    void jointMatterNeedsTwoDepartmentsExactlyOneLeadWhichIsTheOwner() {
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10)))).isInstanceOf(CatalogueRuleViolation.class);
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D2", true, 10))))
                .isInstanceOf(CatalogueRuleViolation.class);
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", false, 10), new JointDepartment("D2", true, 10))))
                .isInstanceOf(CatalogueRuleViolation.class);
        Matter ok = Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D2", false, 8)));
        assertThat(ok.jointDepartments()).hasSize(2);
    }

    @Test
    void jointInternalLimitMayNotExceedThePromisedLimit() {
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D2", false, 16))))
                .extracting(e -> ((CatalogueRuleViolation) e).field())
                .isEqualTo("jointDepartments[1].internalLimitDays");
    }

    @Test
    void nonJointMatterHasNoParticipatingDepartments() {
        assertThatThrownBy(() -> Matter.define("P", "x", "D1", HandlingCategory.PROMISED, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D2", false, 8))))
                .extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("jointDepartments");
    }

    @Test
    void oneWorkingDayIsTheSmallestPromiseOfANonImmediateMatter() {
        assertThat(Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 5, 1, 0, MATERIALS, List.of())
                .promisedLimitDays()).isEqualTo(1);
    }

    @Test
    void jointInternalLimitsRangeFromOneDayToThePromisedLimit() {
        Matter m = Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 15), new JointDepartment("D2", false, 1)));
        assertThat(m.jointDepartments()).extracting(JointDepartment::internalLimitDays).containsExactly(15, 1);
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D2", false, 0))))
                .extracting(e -> ((CatalogueRuleViolation) e).field())
                .isEqualTo("jointDepartments[1].internalLimitDays");
    }

    @Test
    void onlyTheFourCatalogueCategoriesAreAllowedNeverNoneOrReturned() {
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", null, 5, 5, 0, MATERIALS, List.of()))
                .extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("category");
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.RETURNED, 5, 5, 0, MATERIALS,
                List.of())).extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("category");
    }

    @Test
    void limitsAndExtensionCapMustNotBeNegative() {
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.IMMEDIATE, -1, -1, 0, MATERIALS,
                List.of())).extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("statutoryLimitDays");
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.IMMEDIATE, 1, -1, 0, MATERIALS,
                List.of())).extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("promisedLimitDays");
        assertThatThrownBy(() -> Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 20, 10, -1, MATERIALS,
                List.of())).extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("extensionCapDays");
    }

    @Test
    void aJointMatterListsEachDepartmentOnceAndNeedsALead() {
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", true, 10), new JointDepartment("D1", false, 8))))
                .extracting(e -> ((CatalogueRuleViolation) e).field())
                .isEqualTo("jointDepartments[1].departmentCode");
        assertThatThrownBy(() -> Matter.define("J", "x", "D1", HandlingCategory.JOINT, 20, 15, 0, MATERIALS,
                List.of(new JointDepartment("D1", false, 10), new JointDepartment("D2", false, 8))))
                .extracting(e -> ((CatalogueRuleViolation) e).field()).isEqualTo("jointDepartments");
    }

    @Test
    void missingListsAreEmpty() {
        Matter m = Matter.define("M1", "x", "D1", HandlingCategory.PROMISED, 5, 5, 0, null, null);
        assertThat(m.materials()).isEmpty();
        assertThat(m.jointDepartments()).isEmpty();
    }

    @Test
    void withoutAGivenCapExtensionsFollowArticle42() {
        assertThat(Matter.defaultExtensionCapDays(HandlingCategory.PROMISED)).isEqualTo(10);
        assertThat(Matter.defaultExtensionCapDays(HandlingCategory.REPORTED)).isEqualTo(10);
        assertThat(Matter.defaultExtensionCapDays(HandlingCategory.JOINT)).isEqualTo(15);
        assertThat(Matter.defaultExtensionCapDays(HandlingCategory.IMMEDIATE)).isZero();
    }
}
