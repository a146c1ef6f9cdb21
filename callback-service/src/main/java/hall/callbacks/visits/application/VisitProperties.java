package hall.callbacks.visits.application;

import hall.callbacks.visits.domain.VisitTiming;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalTime;
import java.util.Map;

/**
 * {@code callbacks.visits.*}: every household is visited about every {@code cycle-months} (3; per project
 * {@code cycle-months-per-project.P01=2}); visits are planned at the owner's preferred time or {@code default-time}
 * (10:00), never in the quiet hours ({@code quiet-from}-{@code quiet-to}, 12:00-14:00, the noon rest); the Chinese
 * texts of a periodic visit's content and purpose; a COMPLAINT visit is planned {@code complaint-working-days} (1)
 * working days after the complaint was resolved.
 */
@ConfigurationProperties("callbacks.visits")
public record VisitProperties(Integer cycleMonths, Map<String, Integer> cycleMonthsPerProject, LocalTime defaultTime,
        LocalTime quietFrom, LocalTime quietTo, String periodicContent, String periodicPurpose,
        Integer complaintWorkingDays) {

    public VisitProperties {
        cycleMonths = cycleMonths == null ? 3 : cycleMonths;
        cycleMonthsPerProject = cycleMonthsPerProject == null ? Map.of() : Map.copyOf(cycleMonthsPerProject);
        defaultTime = defaultTime == null ? LocalTime.of(10, 0) : defaultTime;
        quietFrom = quietFrom == null ? LocalTime.of(12, 0) : quietFrom;
        quietTo = quietTo == null ? LocalTime.of(14, 0) : quietTo;
        periodicContent = periodicContent == null ? "定期走访：了解业主居住情况和服务需求，介绍物业近期主要工作" : periodicContent;
        periodicPurpose = periodicPurpose == null ? "听取业主意见和建议，及时发现并解决问题" : periodicPurpose;
        complaintWorkingDays = complaintWorkingDays == null ? 1 : complaintWorkingDays;
    }

    /** The times of day visits are planned at, within the calling hours {@code from}-{@code to}. */
    public VisitTiming timing(LocalTime callingFrom, LocalTime callingTo) {
        return new VisitTiming(callingFrom, callingTo, quietFrom, quietTo, defaultTime);
    }

    public int cycleOf(String project) {
        return cycleMonthsPerProject.getOrDefault(project, cycleMonths);
    }
}
