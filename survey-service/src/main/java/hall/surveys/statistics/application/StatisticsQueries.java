package hall.surveys.statistics.application;

import hall.security.Caller;
import hall.security.Role;
import hall.surveys.campaigns.application.Campaigns;
import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.campaigns.domain.IsoWeek;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.config.SurveySettings;
import hall.surveys.statistics.domain.AnswerFact;
import hall.surveys.statistics.domain.DepartmentChart;
import hall.surveys.statistics.domain.SatisfactionFigures;
import hall.surveys.statistics.domain.Tally;
import hall.surveys.statistics.domain.YearOnYear;
import hall.surveys.statistics.persistence.StatisticsRepository;
import hall.surveys.statistics.persistence.StatisticsRepository.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Satisfaction statistics of a campaign, of a project's year (with year-on-year per department) or of a window's
 * week (with the on-site forms' shortfall and the e-evaluator ratings). A property manager sees its own project, a
 * department officer the answers about its own department; callback agents, supervisors and ADMIN see all.
 */
@Service
public class StatisticsQueries {

    private final StatisticsRepository repository;
    private final Campaigns campaigns;
    private final SurveySettings settings;

    public StatisticsQueries(StatisticsRepository repository, Campaigns campaigns, SurveySettings settings) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.settings = settings;
    }

    public record TallyView(String department, String departmentName, String question, String text, long valid,
            long satisfied, long basicallySatisfied, long unsatisfied, Double rate) {

        static TallyView of(String department, String question, String text, Tally t) {
            return new TallyView(department, department == null ? null : DepartmentChart.departmentName(department),
                    question, text, t.valid(), t.satisfied(), t.basicallySatisfied(), t.unsatisfied(), t.rate());
        }
    }

    /** Ratings and the combined weekly score of a window (mean of on-site form scores and rating scores). */
    public record WindowWeek(long onsiteForms, long target, long shortfall, long ratings, Double ratingMeanScore,
            Double formMeanScore, Double weeklyScore) {
    }

    public record Statistics(String campaign, String project, Integer year, String window, String week,
            long responses, long receipts, long signedReceipts, Double responseRate, Double receiptRate,
            Double meanScore, TallyView overall, List<TallyView> departments, List<TallyView> questions,
            List<YearOnYear.Row> yearOnYear, WindowWeek windowWeek) {
    }

    public record Coverage(int year, List<StatisticsRepository.ProjectCoverage> projects, List<String> withoutSurvey) {
    }

    @Transactional(readOnly = true)
    public Statistics of(String campaign, String project, Integer year, String window, String week, Caller caller) {
        Scope scope = scope(campaign, project, year, window, week, caller);
        List<AnswerFact> facts = visible(repository.facts(scope), caller);
        SatisfactionFigures figures = SatisfactionFigures.of(facts);
        StatisticsRepository.Counts n = repository.counts(scope);
        List<YearOnYear.Row> yoy = null;
        if (scope.project() != null) {
            yoy = YearOnYear.compare(lastYear(scope, caller).byDepartment(), figures.byDepartment());
        }
        WindowWeek windowWeek = scope.window() != null ? windowWeek(scope, n) : null;
        Double responseRate = n.receipts() == 0 ? null : ratio(n.responses(), n.receipts());
        Double receiptRate = n.receipts() == 0 ? null : ratio(n.signedReceipts(), n.receipts());
        return new Statistics(scope.campaign(), scope.project(), scope.year(), scope.window(), scope.week(),
                n.responses(), n.receipts(), n.signedReceipts(), responseRate, receiptRate, round(n.meanScore()),
                TallyView.of(null, null, null, figures.overall()),
                figures.byDepartment().entrySet().stream().map(e -> TallyView.of(e.getKey(), null, null, e.getValue())).toList(),
                figures.byQuestion().stream().map(q -> TallyView.of(q.department(), q.question(), q.text(), q.tally())).toList(),
                yoy, windowWeek);
    }

    /** The bar chart per department of a project's year beside the year before. */
    @Transactional(readOnly = true)
    public String chart(String project, Integer year, Caller caller) {
        Statistics s = of(null, project, year, null, null, caller);
        return DepartmentChart.svg("项目 " + project + " 业主满意率（" + (year - 1) + "年 / " + year + "年）", year - 1, year,
                s.yearOnYear());
    }

    @Transactional(readOnly = true)
    public Coverage coverage(int year, Caller caller) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            throw new AccessRefused("the survey coverage of every project is for the supervision office and callback agents");
        }
        List<StatisticsRepository.ProjectCoverage> projects = repository.coverage(year);
        return new Coverage(year, projects,
                projects.stream().filter(p -> p.campaigns() == 0).map(StatisticsRepository.ProjectCoverage::project).toList());
    }

    private SatisfactionFigures lastYear(Scope scope, Caller caller) {
        Scope last = new Scope(null, scope.project(), scope.year() - 1, null, null);
        return SatisfactionFigures.of(visible(repository.facts(last), caller));
    }

    private WindowWeek windowWeek(Scope scope, StatisticsRepository.Counts n) {
        IsoWeek week = IsoWeek.parse(scope.week()).orElseThrow();
        var zone = settings.hallZone();
        StatisticsRepository.RatingFigures r = repository.ratings(scope.window(),
                week.monday().atStartOfDay(zone).toInstant(), week.sunday().plusDays(1).atStartOfDay(zone).toInstant());
        long target = n.target() > 0 ? n.target() : settings.onsiteTarget();
        Double weekly = null;
        long scored = n.scoredResponses() + r.ratings();
        if (scored > 0) {
            double sum = (n.meanScore() == null ? 0 : n.meanScore() * n.scoredResponses())
                    + (r.meanScore() == null ? 0 : r.meanScore() * r.ratings());
            weekly = round(sum / scored);
        }
        return new WindowWeek(n.responses(), target, Math.max(0, target - n.responses()), r.ratings(),
                round(r.meanScore()), round(n.meanScore()), weekly);
    }

    private Scope scope(String campaign, String project, Integer year, String window, String week, Caller caller) {
        boolean byCampaign = campaign != null;
        boolean byProject = project != null || year != null;
        boolean byWindow = window != null || week != null;
        if ((byCampaign ? 1 : 0) + (byProject ? 1 : 0) + (byWindow ? 1 : 0) != 1) {
            throw InvalidInput.of("campaign", "give campaign, or project and year, or window and week");
        }
        if (byCampaign) {
            Campaign c = campaigns.find(campaign);
            requireScope(c.projectCode(), c.windowCode(), caller);
            return new Scope(campaign, null, null, null, null);
        }
        if (byProject) {
            if (project == null || year == null) {
                throw InvalidInput.of(project == null ? "project" : "year", "project and year go together");
            }
            requireScope(project, null, caller);
            return new Scope(null, project, year, null, null);
        }
        if (window == null || week == null) {
            throw InvalidInput.of(window == null ? "window" : "week", "window and week go together");
        }
        if (IsoWeek.parse(week).isEmpty()) {
            throw InvalidInput.of("week", "must be an ISO week such as 2026-W48");
        }
        requireScope(null, window, caller);
        return new Scope(null, null, null, window, week);
    }

    private static void requireScope(String project, String window, Caller caller) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT, Role.DEPARTMENT_OFFICER)) {
            return;
        }
        if (caller.hasRole(Role.PROPERTY_MANAGER) && project != null && project.equals(caller.projectCode())) {
            return;
        }
        throw new AccessRefused(window != null
                ? "window statistics are for the supervision office, callback agents and department officers"
                : "a property manager sees the statistics of its own project only");
    }

    /** A department officer (without a wider role) sees only the answers about its own department. */
    private static List<AnswerFact> visible(List<AnswerFact> facts, Caller caller) {
        if (caller.hasRole(Role.DEPARTMENT_OFFICER)
                && !caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT, Role.PROPERTY_MANAGER)) {
            return SatisfactionFigures.ofDepartment(facts, String.valueOf(caller.departmentCode()));
        }
        return facts;
    }

    private static Double ratio(long a, long b) {
        return Math.round(a * 10000.0 / b) / 10000.0;
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10.0) / 10.0;
    }
}
