package hall.callbacks.problems.domain;

import hall.callbacks.events.ProblemClosed;
import hall.callbacks.events.OwnerIssueClosed;
import hall.callbacks.events.OwnerIssueEscalated;
import hall.callbacks.events.ProblemOpened;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private static Problem open() {
        return Problem.open("p1", "W01", "D01", "CALLBACK", "t1", "OVERALL", "回访不满意", T0).problem();
    }

    @Test
    void aProblemOpensAtTheWindowLevelWithItsDueDatePendingUntilTheCalendarAnswers() {
        Problem.Opened opened = Problem.open("p1", "W01", "D01", "CALLBACK", "t1", "OVERALL", "回访不满意", T0);

        assertThat(opened.problem().status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(opened.problem().level()).isEqualTo(EscalationLevel.WINDOW);
        assertThat(opened.problem().round()).isEqualTo(1);
        assertThat(opened.problem().dueDate()).isNull();
        assertThat(opened.event().dueDate()).isNull();
        assertThat(opened.problem().due(LocalDate.of(2026, 11, 26)).dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThatThrownBy(() -> Problem.open("p2", "W01", null, "RECORDED", "t1", null, " ", T0))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("description");
    }

    @Test
    void aSatisfiedReCallbackClosesTheProblem() {
        Problem.Rectified r = open().rectify("已约谈窗口人员", "clerk-1", "t2", T0.plusSeconds(3600));
        Problem.Checked checked = r.problem().reCallbackAnswered(true, "agent-1", T0.plusSeconds(7200));

        assertThat(r.problem().status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(r.event().reCallbackId()).isEqualTo("t2");
        assertThat(checked.problem().status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(checked.closed()).get().isInstanceOfSatisfying(ProblemClosed.class,
                e -> assertThat(e.how()).isEqualTo("SATISFIED_CALLBACK"));
        assertThat(checked.reopened()).isEmpty();
        assertThatThrownBy(() -> checked.problem().rectify("再次整改", "clerk-1", "t3", T0))
                .isInstanceOf(RuleBroken.class).extracting("field").isEqualTo("status");
    }

    @Test
    void anUnsatisfiedReCallbackOpensTheNextRoundOneLevelHigherUpToTheHead() {
        Problem p = open();
        for (EscalationLevel expected : new EscalationLevel[] {EscalationLevel.SUPERVISION_OFFICE,
                EscalationLevel.OFFICE_HEAD, EscalationLevel.OFFICE_HEAD}) {
            Problem rectified = p.due(LocalDate.of(2026, 11, 26)).rectify("整改", "clerk-1", "t", T0).problem();
            Problem.Checked checked = rectified.reCallbackAnswered(false, "agent-1", T0.plusSeconds(60));
            p = checked.problem();
            assertThat(p.status()).isEqualTo(ProblemStatus.OPEN);
            assertThat(p.level()).isEqualTo(expected);
            assertThat(p.dueDate()).as("the next round asks the calendar again").isNull();
            assertThat(checked.reopened()).get().isInstanceOfSatisfying(ProblemOpened.class,
                    e -> assertThat(e.escalationLevel()).isEqualTo(expected.name()));
        }
        assertThat(p.round()).isEqualTo(4);
    }

    @Test
    void anOverdueRectificationIsAnnouncedOnceAndOnlyAfterTheDueDay() {
        Problem due = open().due(LocalDate.of(2026, 11, 26));

        assertThat(due.announceOverdue(LocalDate.of(2026, 11, 26), T0)).isEmpty();
        Problem.Overdue overdue = due.announceOverdue(LocalDate.of(2026, 11, 27), T0).orElseThrow();
        assertThat(overdue.event().dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(overdue.problem().announceOverdue(LocalDate.of(2026, 11, 30), T0)).isEmpty();
        assertThat(open().announceOverdue(LocalDate.of(2027, 1, 1), T0)).as("no due date yet").isEmpty();
    }

    @Test
    void aSupervisorClosesOnlyWithAWrittenReason() {
        assertThatThrownBy(() -> open().closeBySupervisor("", "sup-1", T0)).isInstanceOf(BadField.class)
                .extracting("field").isEqualTo("reason");
        Problem.Checked closed = open().closeBySupervisor("当事人已搬离，无法回访", "sup-1", T0);
        assertThat(closed.closed()).get().isInstanceOfSatisfying(ProblemClosed.class, e -> {
            assertThat(e.how()).isEqualTo("SUPERVISOR_CLOSURE");
            assertThat(e.reason()).isEqualTo("当事人已搬离，无法回访");
        });
        assertThatThrownBy(() -> closed.problem().closeBySupervisor("again", "sup-1", T0))
                .isInstanceOf(RuleBroken.class);
    }

    private static final List<String> DEPARTMENTS = List.of("ENGINEERING", "ORDER_SECURITY", "CLEANING",
            "GENERAL_AFFAIRS");

    private static Problem ownerIssue(String answer) {
        return Problem.raisedOnVisit("i1", new OwnerSubject("P01", "v1", "owner:o1", "维修"), "楼道灯不亮", answer,
                "agent-1", T0);
    }

    @Test
    void anOwnersIssueAnsweredOnTheSpotIsClosedAtOnceAndTheRestWaitsForADepartment() {
        Problem answered = ownerIssue("已告知业主物业费缴纳方式");
        assertThat(answered.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(answered.closedHow()).isEqualTo("ANSWERED_ON_SPOT");

        Problem escalated = ownerIssue(null);
        assertThat(escalated.status()).isEqualTo(ProblemStatus.ESCALATED);
        assertThat(escalated.level()).isEqualTo(EscalationLevel.CUSTOMER_SERVICE_SUPERVISOR);
        assertThat(escalated.announcement()).isInstanceOfSatisfying(OwnerIssueEscalated.class,
                e -> assertThat(e.departmentCode()).isNull());
        assertThatThrownBy(() -> escalated.rectify("已维修", "manager-p01", "t2", T0))
                .isInstanceOf(RuleBroken.class).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> escalated.assign("PLUMBING", DEPARTMENTS))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("department");
        assertThatThrownBy(() -> Problem.raisedOnVisit("i2", new OwnerSubject("P01", "v1", "owner:o1", " "), "x",
                null, "agent-1", T0)).isInstanceOf(BadField.class).extracting("field").isEqualTo("category");
    }

    @Test
    void anOwnersIssueGoesRoundByRoundUpToThePropertyManagerUntilTheOwnerIsSatisfied() {
        Problem p = ownerIssue(null).assign("ENGINEERING", DEPARTMENTS).due(LocalDate.of(2026, 12, 3));
        assertThat(p.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(p.departmentCode()).isEqualTo("ENGINEERING");
        assertThatThrownBy(() -> open().assign("ENGINEERING", DEPARTMENTS)).isInstanceOf(RuleBroken.class);
        for (EscalationLevel expected : new EscalationLevel[] {EscalationLevel.PROJECT_MANAGER,
                EscalationLevel.PROPERTY_MANAGER, EscalationLevel.PROPERTY_MANAGER}) {
            Problem rectified = p.rectify("更换灯具", "manager-p01", "t", T0).problem();
            Problem.Checked checked = rectified.reCallbackAnswered(false, "agent-1", T0.plusSeconds(60));
            p = checked.problem();
            assertThat(p.level()).isEqualTo(expected);
            assertThat(p.departmentCode()).as("the same department works the next round").isEqualTo("ENGINEERING");
            assertThat(checked.reopened()).get().isInstanceOfSatisfying(OwnerIssueEscalated.class,
                    e -> assertThat(e.escalationLevel()).isEqualTo(expected.name()));
        }
        Problem.Checked satisfied = p.rectify("更换线路", "manager-p01", "t9", T0)
                .problem().reCallbackAnswered(true, "agent-1", T0.plusSeconds(120));
        assertThat(satisfied.closed()).get().isInstanceOfSatisfying(OwnerIssueClosed.class, e -> {
            assertThat(e.how()).isEqualTo("SATISFIED_CALLBACK");
            assertThat(e.rounds()).isEqualTo(4);
        });
    }

    @Test
    void aManagersWrittenExplanationClosesAnOwnersIssueForNextYearsPlan() {
        Problem.Checked closed = ownerIssue(null).closeBySupervisor("涉及规划调整，本年度无法解决", "manager-p01", T0);
        assertThat(closed.closed()).get().isInstanceOfSatisfying(OwnerIssueClosed.class,
                e -> assertThat(e.how()).isEqualTo("MANAGER_EXPLANATION"));
    }
}
