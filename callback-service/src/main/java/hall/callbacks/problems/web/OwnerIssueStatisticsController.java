package hall.callbacks.problems.web;

import hall.callbacks.problems.application.Problems;
import hall.callbacks.problems.domain.OwnerIssueStatistics;
import hall.callbacks.shared.BadField;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** The yearly statistics of what a project's owners raised, as JSON or CSV for spreadsheets. */
@RestController
public class OwnerIssueStatisticsController {

    private final Problems problems;

    public OwnerIssueStatisticsController(Problems problems) {
        this.problems = problems;
    }

    @GetMapping("/api/owner-issue-statistics")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "A project's owners' issues of a year: by category and department, solved and unsolved, median days to satisfaction, unsolved ones for next year's plan; format json or csv")
    @ApiResponse(responseCode = "200", description = "The statistics as JSON or CSV")
    public ResponseEntity<?> statistics(@RequestParam(required = false) String project,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadField("format", "must be json or csv");
        }
        OwnerIssueStatistics.Summary s = problems.ownerIssueStatistics(project, year, Caller.current());
        if (format.equals("json")) {
            return ResponseEntity.ok(s);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition",
                        "attachment; filename=\"owner-issues-" + s.project() + "-" + s.year() + ".csv\"")
                .body(csv(s));
    }

    static String csv(OwnerIssueStatistics.Summary s) {
        StringBuilder out = new StringBuilder("group,key,raised,solved,unsolved\n");
        out.append("total,").append(s.project()).append(',').append(s.raised()).append(',').append(s.solved())
                .append(',').append(s.unsolved()).append('\n');
        s.byCategory().forEach(r -> row(out, "category", r));
        s.byDepartment().forEach(r -> row(out, "department", r));
        out.append("median-days-to-satisfaction,").append(s.project()).append(',')
                .append(s.medianDaysToSatisfaction() == null ? "" : s.medianDaysToSatisfaction()).append(",,\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String group, OwnerIssueStatistics.Row r) {
        out.append(group).append(',').append(quoted(r.key())).append(',').append(r.raised()).append(',')
                .append(r.solved()).append(',').append(r.unsolved()).append('\n');
    }

    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
