package hall.caseservice.cases.persistence;

import java.util.List;

import hall.eventing.metrics.QueriedGauge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business metrics of case-service, read from its tables (so every instance reports the whole hall):
 * {@code hall_cases} by window, handling category and status (completed and returned are the outcomes), and
 * {@code hall_complaints} by status and outcome.
 */
@Configuration(proxyBeanMethods = false)
public class CaseMetrics {

    @Bean
    QueriedGauge casesByCategoryAndStatus() {
        return new QueriedGauge("hall.cases", "Cases by window, handling category and status",
                List.of("window", "category", "status"),
                "select window_code, category, status, count(*) from hall_case group by window_code, category, status");
    }

    @Bean
    QueriedGauge complaintsByStatusAndOutcome() {
        return new QueriedGauge("hall.complaints", "Complaints by status and outcome", List.of("status", "outcome"),
                "select status, outcome, count(*) from complaint group by status, outcome");
    }
}
