package hall.deadlines.clocks.web;

import hall.deadlines.clocks.application.CaseExtensions;
import hall.deadlines.clocks.application.CaseExtensions.ExtensionView;
import io.swagger.v3.oas.annotations.Operation;
import hall.deadlines.clocks.application.ClockListing;
import hall.deadlines.clocks.application.DeadlineQueries;
import hall.deadlines.clocks.application.DeadlineQueries.ClockWithTime;
import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.Suspension;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.NotFound;
import hall.deadlines.shared.ReadScope;
import hall.deadlines.events.ClockKind;
import hall.security.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deadlines")
public class DeadlineController {

    public record SuspensionView(String suspensionId, String reason, Instant suspendedAt, Instant resumedAt) {
    }

    public record ClockView(String clockId, String kind, String departmentCode, String windowCode, String handlerId,
            String state, Instant acceptedAt, int limitDays, int extensionDays, LocalDate dueOn, Instant dueAt,
            boolean provisional, String warningLevel, int remainingWorkingDays, int elapsedWorkingDays,
            int suspendedWorkingDays, int actualWorkingDays, String outcome, Integer usedWorkingDays,
            Instant stoppedAt, List<SuspensionView> suspensions) {
    }

    public record CaseDeadlines(String caseId, List<ClockView> clocks, List<ExtensionView> extensions) {
    }

    public record ClockSummary(String clockId, String caseId, String kind, String departmentCode, String windowCode,
            String state, int limitDays, int extensionDays, LocalDate dueOn, Instant dueAt, boolean provisional,
            String warningLevel, String outcome) {
    }

    public record ClockPage(int page, int size, long total, List<ClockSummary> items) {
    }

    private final DeadlineQueries queries;
    private final CaseExtensions extensions;

    public DeadlineController(DeadlineQueries queries, CaseExtensions extensions) {
        this.queries = queries;
        this.extensions = extensions;
    }

    /** Due time, remaining working days, state, suspensions, extensions, elapsed/suspended/actual, provisional. */
    @Operation(summary = "Read the deadline clocks of a case")
    @GetMapping("/{caseId}")
    @PreAuthorize("hasAnyRole('CLERK', 'DEPARTMENT_OFFICER', 'SUPERVISOR', 'ADMIN')")
    public CaseDeadlines byCase(@PathVariable String caseId) {
        List<ClockWithTime> clocks = queries.byCase(caseId, ReadScope.of(Caller.current()));
        if (clocks.isEmpty()) {
            throw new NotFound("No deadline for case " + caseId);
        }
        boolean applicantClockShown = clocks.stream().anyMatch(c -> c.clock().kind() == ClockKind.APPLICANT);
        return new CaseDeadlines(caseId, clocks.stream().map(DeadlineController::view).toList(),
                applicantClockShown ? extensions.of(caseId) : List.of());
    }

    @Operation(summary = "List deadline clocks by window and state, page by page")
    @GetMapping
    @PreAuthorize("hasAnyRole('CLERK', 'DEPARTMENT_OFFICER', 'SUPERVISOR', 'ADMIN')")
    public ClockPage list(@RequestParam(required = false) String window, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "page must not be negative");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInput("size", "size must be between 1 and 200");
        }
        ClockState clockState = null;
        if (state != null) {
            try {
                clockState = ClockState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("state", "state must be RUNNING, SUSPENDED or STOPPED");
            }
        }
        ReadScope scope = ReadScope.of(Caller.current());
        List<ClockSummary> items = queries.page(scope, window, clockState, page, size).stream()
                .map(DeadlineController::summary).toList();
        return new ClockPage(page, size, queries.count(scope, window, clockState), items);
    }

    private static ClockView view(ClockWithTime c) {
        DeadlineClock clock = c.clock();
        return new ClockView(clock.id(), clock.kind().name(), clock.terms().departmentCode(),
                clock.terms().windowCode(), clock.terms().handlerId(), clock.state().name(),
                clock.terms().acceptedAt(), clock.terms().limitDays(), clock.extensionDays(), clock.dueOn(),
                clock.dueAt(), clock.provisional(), clock.level().name(), c.time().remaining(), c.time().elapsed(),
                c.time().suspended(), c.time().actual(), clock.outcome() == null ? null : clock.outcome().name(),
                clock.usedWorkingDays(), clock.stoppedAt(),
                clock.suspensions().stream().map(DeadlineController::suspension).toList());
    }

    private static SuspensionView suspension(Suspension s) {
        return new SuspensionView(s.suspensionId(), s.reason(), s.suspendedAt(), s.resumedAt());
    }

    private static ClockSummary summary(ClockListing s) {
        return new ClockSummary(s.clockId(), s.caseId(), s.kind().name(), s.departmentCode(), s.windowCode(),
                s.state().name(), s.limitDays(), s.extensionDays(), s.dueOn(), s.dueAt(), s.provisional(),
                s.level().name(), s.outcome() == null ? null : s.outcome().name());
    }
}
