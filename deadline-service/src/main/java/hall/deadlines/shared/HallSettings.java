package hall.deadlines.shared;

import hall.cases.events.NotificationTemplates;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(DeadlineProperties.class)
public class HallSettings {

    /** The hall's time zone: dates (acceptance day, due day) are hall dates; instants are stored in UTC. */
    @Bean
    HallZone hallZone(@Value("${platform.hall.zone-id:Asia/Shanghai}") String zoneId) {
        return new HallZone(ZoneId.of(zoneId));
    }

    /** Chinese texts to applicants, from classpath:notifications/templates_zh_CN.properties (UTF-8). */
    @Bean
    NotificationTemplates notificationTemplates() {
        return NotificationTemplates.chinese();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public record HallZone(ZoneId zone) {
    }
}
