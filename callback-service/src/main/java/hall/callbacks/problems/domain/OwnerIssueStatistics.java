package hall.callbacks.problems.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A year's statistics of what a project's owners raised: issues by category and by department (UNASSIGNED while
 * escalated), solved (the owner satisfied on the re-callback, or answered on the spot) against unsolved (still
 * open, or closed with the manager's explanation), the median days from the day an issue was raised to the day the
 * owner was satisfied, and the unsolved issues, which go into next year's plan.
 */
public final class OwnerIssueStatistics {

    /** One issue as counted: when it was raised and, when it closed, how and on which day. */
    public record Issue(String id, String category, String department, String description, ProblemStatus status,
            String closedHow, String closureReason, LocalDate raisedOn, LocalDate closedOn) {

        public boolean solved() {
            return status == ProblemStatus.CLOSED
                    && ("SATISFIED_CALLBACK".equals(closedHow) || "ANSWERED_ON_SPOT".equals(closedHow));
        }
    }

    public record Row(String key, int raised, int solved, int unsolved) {
    }

    public record Summary(String project, int year, int raised, int solved, int unsolved,
            Double medianDaysToSatisfaction, List<Row> byCategory, List<Row> byDepartment,
            List<Issue> unsolvedForNextYear) {
    }

    private OwnerIssueStatistics() {
    }

    public static Summary of(String project, int year, List<Issue> issues) {
        List<Long> days = new ArrayList<>();
        List<Issue> unsolved = new ArrayList<>();
        for (Issue i : issues) {
            if (i.solved()) {
                days.add(ChronoUnit.DAYS.between(i.raisedOn(), i.closedOn()));
            } else {
                unsolved.add(i);
            }
        }
        return new Summary(project, year, issues.size(), issues.size() - unsolved.size(), unsolved.size(),
                median(days), rows(issues, Issue::category),
                rows(issues, i -> i.department() == null ? "UNASSIGNED" : i.department()), unsolved);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<Row> rows(List<Issue> issues, Function<Issue, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Issue i : issues) {
            int[] c = counts.computeIfAbsent(key.apply(i), k -> new int[2]);
            c[0]++;
            c[1] += i.solved() ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1]))
                .toList();
    }
}
