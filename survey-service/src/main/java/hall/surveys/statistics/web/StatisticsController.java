package hall.surveys.statistics.web;

import hall.security.Caller;
import hall.surveys.statistics.application.StatisticsQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction statistics as JSON or CSV, the per-department chart as SVG, and survey coverage of projects. */
@RestController
@RequestMapping("/api/survey-statistics")
@PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
public class StatisticsController {

    private final StatisticsQueries statistics;

    public StatisticsController(StatisticsQueries statistics) {
        this.statistics = statistics;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Satisfaction rates overall, per department and per question, response and receipt rates, year-on-year (campaign=, or project=&year=, or window=&week=)")
    public StatisticsQueries.Statistics json(@RequestParam(required = false) String campaign,
            @RequestParam(required = false) String project, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String window, @RequestParam(required = false) String week) {
        return statistics.of(campaign, project, year, window, week, Caller.current());
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "The same statistics as CSV (one line per figure)")
    @ApiResponse(responseCode = "200", description = "The statistics as CSV")
    public ResponseEntity<String> csv(@RequestParam(required = false) String campaign, @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String window,
            @RequestParam(required = false) String week) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(StatisticsCsv.of(statistics.of(campaign, project, year, window, week, Caller.current())));
    }

    @GetMapping(value = "/chart", produces = "image/svg+xml")
    @Operation(summary = "SVG bar chart of a project's satisfaction rate per department, last year beside this year")
    @ApiResponse(responseCode = "200", description = "The chart as SVG")
    public ResponseEntity<String> chart(@RequestParam String project, @RequestParam int year) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(statistics.chart(project, year, Caller.current()));
    }

    @GetMapping(value = "/coverage", produces = "application/json")
    @Operation(summary = "Projects with and without an owner survey in a year")
    public StatisticsQueries.Coverage coverage(@RequestParam int year) {
        return statistics.coverage(year, Caller.current());
    }
}
