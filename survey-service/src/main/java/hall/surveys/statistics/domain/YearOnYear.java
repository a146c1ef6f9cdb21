package hall.surveys.statistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** This year's satisfaction rate per department beside last year's, with the change in percentage points. */
public final class YearOnYear {

    /** {@code change} is null when either year has no valid answers for the department. */
    public record Row(String department, Double lastYear, Double thisYear, Double change) {
    }

    private YearOnYear() {
    }

    /** Departments of this year first (in their order), then those only last year had. */
    public static List<Row> compare(Map<String, Tally> lastYear, Map<String, Tally> thisYear) {
        Set<String> departments = new LinkedHashSet<>(thisYear.keySet());
        departments.addAll(lastYear.keySet());
        List<Row> rows = new ArrayList<>();
        for (String d : departments) {
            Double last = lastYear.getOrDefault(d, Tally.EMPTY).rate();
            Double now = thisYear.getOrDefault(d, Tally.EMPTY).rate();
            Double change = last == null || now == null ? null : Math.round((now - last) * 1000.0) / 10.0;
            rows.add(new Row(d, last, now, change));
        }
        return rows;
    }
}
