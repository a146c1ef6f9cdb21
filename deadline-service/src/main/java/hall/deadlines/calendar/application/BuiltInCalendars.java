package hall.deadlines.calendar.application;

import hall.workingdays.BuiltInSchedules;
import hall.workingdays.YearSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped official schedules (classpath:calendars/{region}/{year}.json of the working-days library)
 * into the database at start-up when a year is absent, before the Kafka listeners start.
 */
@Component
public class BuiltInCalendars implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCalendars.class);

    private final Calendars calendars;

    public BuiltInCalendars(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (YearSchedule schedule : BuiltInSchedules.all()) {
            if (calendars.loadBuiltIn(schedule)) {
                log.info("Loaded built-in calendar {} {}", schedule.region(), schedule.year());
            }
        }
    }
}
