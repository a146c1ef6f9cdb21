package hall.deadlines.statistics.persistence;

import java.util.List;

import hall.eventing.metrics.QueriedGauge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business metrics of deadline-service, read from its tables (so every instance reports the whole hall):
 * running deadlines with a yellow or red warning per window, stopped deadlines per window and outcome (the on-time
 * rate is ON_TIME over ON_TIME + LATE), breaches per window (accountability records), extensions by state.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineMetrics {

    @Bean
    QueriedGauge warnedDeadlines() {
        return new QueriedGauge("hall.deadlines.warned", "Running deadlines with a warning, by window and level",
                List.of("window", "level"), """
                select window_code, case level when 1 then 'yellow' else 'red' end, count(*)
                  from deadline_clock where state <> 'STOPPED' and level > 0
                 group by window_code, level""");
    }

    @Bean
    QueriedGauge stoppedDeadlines() {
        return new QueriedGauge("hall.deadlines.stopped", "Stopped deadlines by window and outcome (ON_TIME, LATE, RETURNED)",
                List.of("window", "outcome"), """
                select window_code, outcome, count(*) from deadline_clock where state = 'STOPPED'
                 group by window_code, outcome""");
    }

    @Bean
    QueriedGauge breachedDeadlines() {
        return new QueriedGauge("hall.deadlines.breached", "Breached deadlines (accountability opened) by window and openness",
                List.of("window", "open"), """
                select window_code, case when closed_at is null then 'true' else 'false' end, count(*)
                  from accountability group by window_code, closed_at is null""");
    }

    @Bean
    QueriedGauge extensionsByState() {
        return new QueriedGauge("hall.deadline.extensions", "Deadline extensions by state (PENDING, APPROVED, REFUSED)",
                List.of("state"), "select state, count(*) from extension group by state");
    }
}
