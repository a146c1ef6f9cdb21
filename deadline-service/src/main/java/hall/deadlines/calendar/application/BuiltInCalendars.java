package hall.deadlines.calendar.application;

import hall.deadlines.calendar.domain.YearSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shipped official schedules (classpath:calendars/{region}/{year}.json) into the database at start-up
 * when a year is absent, before the Kafka listeners start.
 */
@Component
public class BuiltInCalendars implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCalendars.class);

    private final CalendarService calendars;
    private final JsonMapper json;

    public BuiltInCalendars(CalendarService calendars, JsonMapper json) {
        this.calendars = calendars;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:calendars/*/*.json");
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    YearSchedule schedule = json.readValue(in, YearSchedule.class);
                    if (calendars.loadBuiltIn(schedule)) {
                        log.info("Loaded built-in calendar {} {}", schedule.region(), schedule.year());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
