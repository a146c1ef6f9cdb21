package hall.callbacks.problems.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerIssueStatisticsTest {

    static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static OwnerIssueStatistics.Issue issue(String id, String category, String department,
            ProblemStatus status, String how, int days) {
        return new OwnerIssueStatistics.Issue(id, category, department, "x", status, how, null, D,
                status == ProblemStatus.CLOSED ? D.plusDays(days) : null);
    }

    @Test
    void solvedUnsolvedByCategoryAndDepartmentWithTheMedianDaysToSatisfaction() {
        OwnerIssueStatistics.Summary s = OwnerIssueStatistics.of("P01", 2026, List.of(
                issue("a", "维修", "ENGINEERING", ProblemStatus.CLOSED, "SATISFIED_CALLBACK", 6),
                issue("b", "维修", "ENGINEERING", ProblemStatus.CLOSED, "SATISFIED_CALLBACK", 2),
                issue("c", "收费", null, ProblemStatus.CLOSED, "ANSWERED_ON_SPOT", 0),
                issue("d", "绿化", "CLEANING", ProblemStatus.CLOSED, "MANAGER_EXPLANATION", 9),
                issue("e", "维修", null, ProblemStatus.ESCALATED, null, 0)));

        assertThat(s.raised()).isEqualTo(5);
        assertThat(s.solved()).isEqualTo(3);
        assertThat(s.unsolved()).isEqualTo(2);
        assertThat(s.medianDaysToSatisfaction()).as("median of 0, 2 and 6").isEqualTo(2.0);
        assertThat(s.byCategory()).contains(new OwnerIssueStatistics.Row("维修", 3, 2, 1),
                new OwnerIssueStatistics.Row("绿化", 1, 0, 1));
        assertThat(s.byDepartment()).contains(new OwnerIssueStatistics.Row("UNASSIGNED", 2, 1, 1),
                new OwnerIssueStatistics.Row("ENGINEERING", 2, 2, 0));
        assertThat(s.unsolvedForNextYear()).extracting(OwnerIssueStatistics.Issue::id).containsExactly("d", "e");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNoneWithoutSolvedIssues() {
        assertThat(OwnerIssueStatistics.median(List.of(1L, 4L, 2L, 9L))).isEqualTo(3.0);
        assertThat(OwnerIssueStatistics.of("P01", 2026, List.of()).medianDaysToSatisfaction()).isNull();
    }
}
