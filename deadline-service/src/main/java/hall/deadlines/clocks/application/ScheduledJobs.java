package hall.deadlines.clocks.application;

import hall.deadlines.shared.DeadlineProperties;
import hall.deadlines.supplement.application.SupplementNoticeChecks;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** The scanner bean, and the schedule that runs it and the supplement-notice job on every instance. */
@Configuration
public class ScheduledJobs {

    @Bean
    DeadlineScanner deadlineScanner(ClockChanges changes, TransactionTemplate transactionTemplate,
            DeadlineProperties properties) {
        return new DeadlineScanner(changes, transactionTemplate, properties.getScan().getBatchSize());
    }

    @Bean
    @ConditionalOnProperty(name = "platform.deadlines.scan.enabled", havingValue = "true", matchIfMissing = true)
    Schedule deadlineSchedule(DeadlineScanner scanner, SupplementNoticeChecks supplementNotices, Clock clock) {
        return new Schedule(scanner, supplementNotices, clock);
    }

    public static class Schedule {

        private static final Logger log = LoggerFactory.getLogger(Schedule.class);

        private final DeadlineScanner scanner;
        private final SupplementNoticeChecks supplementNotices;
        private final Clock clock;

        Schedule(DeadlineScanner scanner, SupplementNoticeChecks supplementNotices, Clock clock) {
            this.scanner = scanner;
            this.supplementNotices = supplementNotices;
            this.clock = clock;
        }

        @Scheduled(initialDelayString = "${platform.deadlines.scan.initial-delay:PT10S}",
                fixedDelayString = "${platform.deadlines.scan.interval:PT1M}")
        void run() {
            try {
                var result = scanner.scan(clock.instant());
                int lapsed = supplementNotices.publishLapsed(clock.instant());
                if (result.warnings() + result.breaches() + lapsed > 0) {
                    log.info("Deadline scan: {} warnings, {} breaches, {} supplement-notice periods lapsed",
                            result.warnings(), result.breaches(), lapsed);
                }
            } catch (RuntimeException e) {
                log.warn("Deadline scan failed, will run again: {}", e.toString());
            }
        }
    }
}
