package hall.callbacks.visits.web;

import hall.callbacks.visits.application.MonthlyVisitReports;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's monthly visit report and the supervisor's sign-off. */
@RestController
@RequestMapping("/api/visit-reports")
public class MonthlyVisitReportController {

    private final MonthlyVisitReports reports;

    public MonthlyVisitReportController(MonthlyVisitReports reports) {
        this.reports = reports;
    }

    public record SignOffRequest(String project, String month, String note) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "A project's monthly visit report: visits planned and made, what owners raised and where it stands, the sign-off")
    public MonthlyVisitReports.Report report(@RequestParam(required = false) String project,
            @RequestParam(required = false) String month) {
        return reports.report(project, month, Caller.current());
    }

    @PostMapping("/sign-off")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "The supervisor signs off a project's monthly visit report (once per month)")
    public MonthlyVisitReports.Report signOff(@RequestBody SignOffRequest r) {
        return reports.signOff(r.project(), r.month(), r.note(), Caller.current());
    }
}
