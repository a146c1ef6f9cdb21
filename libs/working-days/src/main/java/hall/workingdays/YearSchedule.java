package hall.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official schedule of one year in one region: days off and make-up working days (调休), each with its
 * holiday name. Every other date follows the Monday-to-Friday rule.
 */
public record YearSchedule(String region, int year, List<HolidayDay> daysOff, List<HolidayDay> workingDays) {

    public YearSchedule {
        // copies that keep null entries, so that violations() reports them instead of the constructor throwing
        daysOff = daysOff == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(daysOff));
        workingDays = workingDays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(workingDays));
    }

    /** Every rule this schedule breaks; empty when it can be loaded. */
    public List<ScheduleViolation> violations() {
        List<ScheduleViolation> violations = new ArrayList<>();
        if (region == null || region.isBlank()) {
            violations.add(new ScheduleViolation("region", "must not be blank"));
        }
        if (year < 1900 || year > 9999) {
            violations.add(new ScheduleViolation("year", "must be between 1900 and 9999"));
        }
        Set<LocalDate> off = check("daysOff", daysOff, violations);
        Set<LocalDate> working = check("workingDays", workingDays, violations);
        for (int i = 0; i < workingDays.size(); i++) {
            HolidayDay day = workingDays.get(i);
            if (day == null || day.date() == null) {
                continue;
            }
            if (off.contains(day.date())) {
                violations.add(new ScheduleViolation("workingDays[" + i + "].date",
                        day.date() + " is listed both as a day off and as a working day"));
            }
            DayOfWeek dow = day.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                violations.add(new ScheduleViolation("workingDays[" + i + "].date",
                        day.date() + " is a " + dow + "; a make-up working day must be a Saturday or Sunday"));
            }
        }
        return violations;
    }

    private Set<LocalDate> check(String list, List<HolidayDay> days, List<ScheduleViolation> violations) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            HolidayDay day = days.get(i);
            String field = list + "[" + i + "]";
            if (day == null) {
                violations.add(new ScheduleViolation(field, "must not be null"));
                continue;
            }
            if (day.date() == null) {
                violations.add(new ScheduleViolation(field + ".date", "must not be null"));
            } else {
                if (day.date().getYear() != year) {
                    violations.add(new ScheduleViolation(field + ".date", day.date() + " is not in " + year));
                }
                if (!seen.add(day.date())) {
                    violations.add(new ScheduleViolation(field + ".date", day.date() + " is listed twice"));
                }
            }
            if (day.holiday() == null || day.holiday().isBlank()) {
                violations.add(new ScheduleViolation(field + ".holiday", "must name the holiday"));
            }
        }
        return seen;
    }

    Map<LocalDate, DayInfo> exceptions() {
        Map<LocalDate, DayInfo> map = new HashMap<>();
        for (HolidayDay day : daysOff) {
            map.put(day.date(), new DayInfo(region, day.date(), false, DayKind.HOLIDAY, day.holiday(), true));
        }
        for (HolidayDay day : workingDays) {
            map.put(day.date(), new DayInfo(region, day.date(), true, DayKind.MAKE_UP_WORKING_DAY, day.holiday(), true));
        }
        return map;
    }

    /** The entry for a date if the schedule names it. */
    public Optional<HolidayDay> entry(LocalDate date) {
        return daysOff.stream().filter(d -> d.date().equals(date)).findFirst()
                .or(() -> workingDays.stream().filter(d -> d.date().equals(date)).findFirst());
    }
}
