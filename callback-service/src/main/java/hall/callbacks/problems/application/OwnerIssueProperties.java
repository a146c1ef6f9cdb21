package hall.callbacks.problems.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code callbacks.owners.*}: the departments of the property company an owner's issue can be assigned to
 * (ENGINEERING, ORDER_SECURITY, CLEANING, GENERAL_AFFAIRS; per project {@code departments-per-project.P01=...}) and
 * how many working days a department has for its measures (3).
 */
@ConfigurationProperties("callbacks.owners")
public record OwnerIssueProperties(List<String> departments, Map<String, List<String>> departmentsPerProject,
        Integer measuresWorkingDays) {

    public static final List<String> DEFAULT_DEPARTMENTS = List.of("ENGINEERING", "ORDER_SECURITY", "CLEANING",
            "GENERAL_AFFAIRS");

    public OwnerIssueProperties {
        departments = departments == null || departments.isEmpty() ? DEFAULT_DEPARTMENTS : List.copyOf(departments);
        departmentsPerProject = departmentsPerProject == null ? Map.of() : Map.copyOf(departmentsPerProject);
        measuresWorkingDays = measuresWorkingDays == null ? 3 : measuresWorkingDays;
    }

    public List<String> departmentsOf(String project) {
        return departmentsPerProject.getOrDefault(project, departments);
    }
}
