package hall.deadlines.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shipped CN schedules from the classpath for tests without Spring. */
public final class BuiltInSchedules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BuiltInSchedules() {
    }

    public static YearSchedule year(int year) {
        try (InputStream in = BuiltInSchedules.class.getResourceAsStream("/calendars/CN/" + year + ".json")) {
            return JSON.readValue(in, YearSchedule.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingDayCalendar cn(int... years) {
        List<YearSchedule> schedules = new ArrayList<>();
        for (int y : years) {
            schedules.add(year(y));
        }
        return new WorkingDayCalendar("CN", schedules);
    }
}
