package hall.callbacks.visits.application;

import hall.callbacks.problems.application.Problems;
import hall.callbacks.problems.domain.Problem;
import hall.callbacks.problems.domain.ProblemStatus;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.BadField;
import hall.callbacks.projects.application.Projects;
import hall.callbacks.visits.domain.Visit;
import hall.callbacks.visits.domain.VisitStatus;
import hall.callbacks.visits.persistence.VisitRepository;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monthly visit report of a project (业主回访记录汇总): visits planned and made (by kind and method), what the
 * owners raised and where it stands; reviewed and signed off by the supervisor, once per month.
 */
@Service
public class MonthlyVisitReports {

    private final VisitRepository visits;
    private final Projects projects;
    private final Problems problems;
    private final ZoneId zone;
    private final Clock clock;

    public MonthlyVisitReports(VisitRepository visits, Projects projects, Problems problems,
            @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.visits = visits;
        this.projects = projects;
        this.problems = problems;
        this.zone = zone;
        this.clock = clock;
    }

    public record Report(String project, String month, int visitsPlanned, int visitsMade,
            Map<String, Long> madeByKind, Map<String, Long> madeByMethod, int issuesRaised, int answeredOnSpot,
            int stillOpen, int closedSatisfied, int closedWithExplanation, VisitRepository.SignOff signedOff) {
    }

    @Transactional(readOnly = true)
    public Report report(String project, String monthText, Caller caller) {
        YearMonth month = check(project, monthText);
        VisitPlans.requireReader(project, caller);
        projects.requireExists(project);
        List<Visit> ofMonth = visits.ofMonth(project, month, zone);
        List<Visit> made = ofMonth.stream().filter(v -> v.status() == VisitStatus.DONE && v.visitedAt() != null
                && YearMonth.from(LocalDate.ofInstant(v.visitedAt(), zone)).equals(month)).toList();
        Set<String> madeIds = made.stream().map(Visit::id).collect(Collectors.toSet());
        List<Problem> issues = problems.ownerIssuesOf(project).stream()
                .filter(p -> madeIds.contains(p.owner().visitId())).toList();
        return new Report(project, month.toString(),
                (int) ofMonth.stream().filter(v -> !v.plannedOn().isBefore(month.atDay(1))
                        && !v.plannedOn().isAfter(month.atEndOfMonth())).count(),
                made.size(), count(made, v -> v.kind().name()), count(made, v -> v.method().name()), issues.size(),
                closed(issues, "ANSWERED_ON_SPOT"),
                (int) issues.stream().filter(p -> p.status() != ProblemStatus.CLOSED).count(),
                closed(issues, "SATISFIED_CALLBACK"), closed(issues, "MANAGER_EXPLANATION"),
                visits.signOff(project, month).orElse(null));
    }

    /** The supervisor reviewed the month's report and signs it off; a second sign-off answers 409. */
    @Transactional
    public Report signOff(String project, String monthText, String note, Caller caller) {
        YearMonth month = check(project, monthText);
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("the supervisor signs off the monthly visit report");
        }
        if (note != null && note.length() > 2000) {
            throw new BadField("note", "at most 2000 characters");
        }
        projects.requireExists(project);
        if (!visits.signOff(project, month, caller.subject(), clock.instant(), note)) {
            throw new AlreadyExists("month", "the report of " + month + " was signed off already");
        }
        return report(project, monthText, caller);
    }

    private static YearMonth check(String project, String monthText) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        try {
            return YearMonth.parse(monthText == null ? "" : monthText);
        } catch (DateTimeParseException e) {
            throw new BadField("month", "a month as 2026-12");
        }
    }

    private static Map<String, Long> count(List<Visit> made, java.util.function.Function<Visit, String> key) {
        return made.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static int closed(List<Problem> issues, String how) {
        return (int) issues.stream().filter(p -> how.equals(p.closedHow())).count();
    }
}
