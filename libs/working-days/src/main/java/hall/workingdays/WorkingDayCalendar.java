package hall.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working-day arithmetic for one region: official days off and make-up working days of the loaded years; in a
 * year without a loaded schedule the statutory holidays ({@link StatutoryHolidays}) are days off and every other
 * day follows the Monday-to-Friday rule. Results that touch a year without a loaded schedule are provisional
 * (the State Council's schedule adds bridges and make-up working days) and are corrected when it is loaded.
 */
public final class WorkingDayCalendar {

    /** Upper bound of days walked in one computation (about 30 years), guarding against degenerate schedules. */
    private static final int MAX_STEPS = 11_000;

    private final String region;
    private final Set<Integer> loadedYears = new TreeSet<>();
    private final Map<LocalDate, DayInfo> exceptions = new HashMap<>();

    public WorkingDayCalendar(String region, Collection<YearSchedule> schedules) {
        this.region = region;
        for (YearSchedule schedule : schedules) {
            loadedYears.add(schedule.year());
            exceptions.putAll(schedule.exceptions());
        }
    }

    public String region() {
        return region;
    }

    public Set<Integer> loadedYears() {
        return Set.copyOf(loadedYears);
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    /** True when every year from the first date's to the second date's has a loaded schedule. */
    public boolean covers(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        for (int y = a; y <= b; y++) {
            if (!loadedYears.contains(y)) {
                return false;
            }
        }
        return true;
    }

    public DayInfo describe(LocalDate date) {
        DayInfo exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        String statutory = provisionalHoliday(date);
        if (statutory != null) {
            return new DayInfo(region, date, false, DayKind.HOLIDAY, statutory, false);
        }
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return new DayInfo(region, date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY, null,
                loadedYears.contains(date.getYear()));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayInfo exception = exceptions.get(date);
        if (exception != null) {
            return exception.working();
        }
        if (provisionalHoliday(date) != null) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The statutory holiday of a date in a year without a loaded schedule, or null. */
    private String provisionalHoliday(LocalDate date) {
        return loadedYears.contains(date.getYear()) ? null : StatutoryHolidays.holidayOn(date);
    }

    /**
     * The n-th working day after from (from itself is not counted); from itself when n is 0.
     */
    public WorkingDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = from;
        int left = n;
        int steps = 0;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
            guard(++steps);
        }
        return new WorkingDate(date, !covers(from, date));
    }

    /**
     * Number of working days d with from &lt; d &lt;= to (the first day is not counted, like the day of
     * acceptance); 0 when to is not after from.
     */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        int steps = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
            guard(++steps);
        }
        return count;
    }

    /**
     * The earliest date t from which at most n working days are left until the end of due, i.e. from which
     * countWorkingDays(t, due) &lt;= n.
     */
    public LocalDate startOfLastWorkingDays(LocalDate due, int n) {
        LocalDate date = due;
        int steps = 0;
        while (!isWorkingDay(date)) {
            date = date.minusDays(1);
            guard(++steps);
        }
        int left = n;
        while (left > 0) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
            guard(++steps);
        }
        return date;
    }

    private static void guard(int steps) {
        if (steps > MAX_STEPS) {
            throw new IllegalStateException("working-day computation spans more than " + MAX_STEPS + " days");
        }
    }
}
