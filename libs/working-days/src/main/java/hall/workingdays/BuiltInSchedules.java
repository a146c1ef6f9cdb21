package hall.workingdays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council's schedules shipped with the platform ({@code classpath:calendars/{region}/{year}.json}), read
 * the same way by every service that counts working days.
 */
public final class BuiltInSchedules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BuiltInSchedules() {
    }

    /** Every shipped schedule of every region, oldest year first. */
    public static List<YearSchedule> all() {
        return read("classpath*:calendars/*/*.json");
    }

    /** Every shipped schedule of one region, oldest year first. */
    public static List<YearSchedule> of(String region) {
        return read("classpath*:calendars/" + region + "/*.json");
    }

    /** The calendar of one region with its shipped schedules. */
    public static WorkingDayCalendar calendar(String region) {
        return new WorkingDayCalendar(region, of(region));
    }

    /** One shipped CN year. */
    public static YearSchedule year(int year) {
        try (InputStream in = BuiltInSchedules.class.getResourceAsStream("/calendars/CN/" + year + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped CN schedule for " + year);
            }
            return JSON.readValue(in, YearSchedule.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CN calendar with the given shipped years only. */
    public static WorkingDayCalendar cn(int... years) {
        List<YearSchedule> schedules = new ArrayList<>();
        for (int y : years) {
            schedules.add(year(y));
        }
        return new WorkingDayCalendar("CN", schedules);
    }

    private static List<YearSchedule> read(String pattern) {
        try {
            List<YearSchedule> schedules = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver(BuiltInSchedules.class.getClassLoader())
                    .getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    schedules.add(JSON.readValue(in, YearSchedule.class));
                }
            }
            schedules.sort(Comparator.comparing(YearSchedule::region).thenComparingInt(YearSchedule::year));
            return schedules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
