package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Actor;
import hall.caseservice.cases.domain.Applicant;
import hall.caseservice.cases.domain.Case;
import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.MaterialKind;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.cases.events.HandlingCategory;
import hall.cases.events.SuspensionReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case view shows its clocks as deadline-service reported them. */
class CaseViewTest {

    static final Actor CLERK = new Actor("clerk-1", "张三");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-03-30T15:59:59Z");

    static Case acceptedJointCase() {
        List<RequiredMaterial> checklist = List.of(new RequiredMaterial("FORM", "申请表", MaterialKind.MAIN, "申请的依据"));
        Matter matter = Matter.define("JNT", "联办事项", "D1", HandlingCategory.JOINT, 45, 30, 15, checklist,
                List.of(new JointDepartment("D1", true, 20), new JointDepartment("D2", false, 15)));
        Case c = Case.submit("c-1", matter, "W01", new Applicant("王五", "13812345678", null, true, "app-1"),
                List.of("FORM"), T0, false, CLERK, () -> "n-1").theCase();
        c.accept(CLERK, T0.plusSeconds(60));
        return c;
    }

    /** What deadline-service last reported for the case's three clocks. */
    static List<DeadlineView> reported(String state) {
        return List.of(new DeadlineView("k-a", "APPLICANT", "D1", 30, DUE, false, state, null),
                new DeadlineView("k-1", "DEPARTMENT", "D1", 20, DUE, false, state, null),
                new DeadlineView("k-2", "DEPARTMENT", "D2", 15, DUE, false, state, null));
    }

    @Test
    void clocksAreShownAsDeadlineServiceReportedThemNotDerivedFromTheCaseState() {
        Case c = acceptedJointCase();
        c.suspend(SuspensionReason.EXPERT_REVIEW, "专家评审", CLERK, T0.plusSeconds(120), "s-1");
        CaseView suspended = CaseView.of(c, reported("SUSPENDED"), false);
        assertThat(suspended.deadline().state()).isEqualTo("SUSPENDED");
        assertThat(suspended.deadline().dueAt()).isEqualTo(DUE);
        assertThat(suspended.jointParts()).extracting(p -> p.deadline().state()).containsOnly("SUSPENDED");
        // until deadline-service reports the suspension, the clocks are shown as last reported
        assertThat(CaseView.of(c, reported("RUNNING"), false).deadline().state()).isEqualTo("RUNNING");

        c.endSuspension("s-1", null, CLERK, T0.plusSeconds(180));
        CaseView resumed = CaseView.of(c, reported("RUNNING"), false);
        assertThat(resumed.deadline().state()).isEqualTo("RUNNING");
        assertThat(resumed.jointParts()).extracting(p -> p.deadline().state()).containsOnly("RUNNING");
    }

    @Test
    void aStoppedClockStaysStoppedWhateverTheCaseState() {
        Case c = acceptedJointCase();
        c.suspend(SuspensionReason.TESTING, null, CLERK, T0.plusSeconds(120), "s-1");
        assertThat(CaseView.of(c, reported("STOPPED"), false).deadline().state()).isEqualTo("STOPPED");
    }
}
