package hall.deadlines.calendar.application;

import hall.workingdays.CalendarRange;
import hall.workingdays.DayInfo;
import hall.workingdays.ScheduleViolation;
import hall.workingdays.WorkingDate;
import hall.workingdays.WorkingDayCalendar;
import hall.workingdays.YearSchedule;
import hall.deadlines.calendar.persistence.CalendarRepository;
import hall.deadlines.shared.DeadlineProperties;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-day calendars per region (listeners are looked up lazily: they depend on this service).
 * Working-day calendars per region: queries, and loading or correcting a year while the platform runs. */
@Service
public class Calendars {

    private final CalendarRepository calendars;
    private final DeadlineProperties properties;
    private final ObjectProvider<CalendarChangeListener> listeners;
    private final Clock clock;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    public Calendars(CalendarRepository calendars, DeadlineProperties properties,
            ObjectProvider<CalendarChangeListener> listeners, Clock clock) {
        this.calendars = calendars;
        this.properties = properties;
        this.listeners = listeners;
        this.clock = clock;
    }

    public void requireKnown(String region) {
        if (region == null || !properties.getRegions().contains(region)) {
            throw new UnknownRegion(region);
        }
    }

    /**
     * The region's calendar with every loaded year, as stored now. The parsed calendar is kept between units of work
     * and reused while the stored schedules' fingerprint (year and digest of each document) is unchanged, so a
     * correction committed by any instance is seen by the next unit of work here, without reading and parsing every
     * document each time (the scan asks once per batch, every case event once).
     */
    @Transactional(readOnly = true)
    public WorkingDayCalendar calendar(String region) {
        requireKnown(region);
        List<String> fingerprint = calendars.fingerprint(region);
        Loaded cached = loaded.get(region);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.calendar();
        }
        // a correction committed between the two reads only makes the next call read the documents again
        WorkingDayCalendar calendar = new WorkingDayCalendar(region, calendars.findAll(region));
        loaded.put(region, new Loaded(fingerprint, calendar));
        return calendar;
    }

    /** A region's calendar as read, with the fingerprint of the schedules it was read from. */
    private record Loaded(List<String> fingerprint, WorkingDayCalendar calendar) {
    }

    /** Outside the calendar's range a question is refused rather than computed into year 10000. */
    private static void requireSupported(String field, LocalDate date) {
        if (!CalendarRange.contains(date)) {
            throw new InvalidInput(field, field + " must lie between " + CalendarRange.EARLIEST + " and "
                    + CalendarRange.LATEST);
        }
    }

    @Transactional(readOnly = true)
    public YearSchedule year(String region, int year) {
        requireKnown(region);
        return calendars.find(region, year)
                .orElseThrow(() -> new NotFound("No schedule loaded for " + region + " " + year));
    }

    public DayInfo day(String region, LocalDate date) {
        requireSupported("date", date);
        return calendar(region).describe(date);
    }

    public WorkingDate addWorkingDays(String region, LocalDate from, int days) {
        requireKnown(region);
        if (days <= 0) {
            throw new InvalidInput("days", "days must be a positive number of working days");
        }
        if (days > 2000) {
            throw new InvalidInput("days", "days must be at most 2000");
        }
        requireSupported("from", from);
        return calendar(region).addWorkingDays(from, days);
    }

    public int countWorkingDays(String region, LocalDate from, LocalDate to) {
        requireKnown(region);
        requireSupported("from", from);
        requireSupported("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "to must not be before from");
        }
        if (to.isAfter(from.plusYears(10))) {
            throw new InvalidInput("to", "the range must not exceed 10 years");
        }
        WorkingDayCalendar calendar = calendar(region);
        return calendar.countWorkingDays(from, to);
    }

    public boolean covers(String region, LocalDate from, LocalDate to) {
        return calendar(region).covers(from, to);
    }

    /**
     * Loads or corrects a year; every running deadline it affects is recomputed and its change published in
     * the same transaction. A schedule that breaks a rule changes nothing.
     */
    @Transactional
    public YearLoaded putYear(String region, int year, String bodyRegion, Integer bodyYear, YearSchedule body,
            String loadedBy) {
        requireKnown(region);
        List<ScheduleViolation> violations = new ArrayList<>();
        if (bodyRegion != null && !bodyRegion.equals(region)) {
            violations.add(new ScheduleViolation("region", "must be " + region + " as in the path"));
        }
        if (bodyYear != null && bodyYear != year) {
            violations.add(new ScheduleViolation("year", "must be " + year + " as in the path"));
        }
        YearSchedule schedule = new YearSchedule(region, year, body.daysOff(), body.workingDays());
        violations.addAll(schedule.violations());
        if (!violations.isEmpty()) {
            throw new InvalidSchedule(violations);
        }
        calendars.lockRegion(region);
        boolean replaced = calendars.find(region, year).isPresent();
        calendars.save(schedule, loadedBy, clock.instant());
        int changed = notifyListeners(region, year);
        return new YearLoaded(region, year, schedule.daysOff().size(), schedule.workingDays().size(), replaced,
                changed);
    }

    /** Stores a built-in year unless that year is loaded already (an admin's correction wins). */
    @Transactional
    public boolean loadBuiltIn(YearSchedule schedule) {
        List<ScheduleViolation> violations = schedule.violations();
        if (!violations.isEmpty()) {
            throw new InvalidSchedule(violations);
        }
        calendars.lockRegion(schedule.region());
        if (!calendars.insertIfAbsent(schedule, clock.instant())) {
            return false;
        }
        notifyListeners(schedule.region(), schedule.year());
        return true;
    }

    private int notifyListeners(String region, int year) {
        WorkingDayCalendar calendar = new WorkingDayCalendar(region, calendars.findAll(region));
        int changed = 0;
        for (CalendarChangeListener listener : listeners.orderedStream().toList()) {
            changed += listener.calendarChanged(region, year, calendar);
        }
        return changed;
    }
}
