package hall.deadlines.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import hall.deadlines.calendar.application.Calendars;
import hall.deadlines.calendar.application.YearLoaded;
import hall.workingdays.DayInfo;
import hall.workingdays.HolidayDay;
import hall.workingdays.WorkingDate;
import hall.workingdays.YearSchedule;
import hall.security.Caller;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendars/{region}")
public class CalendarController {

    public record WorkingDaysAfter(String region, LocalDate from, int days, LocalDate date, boolean provisional) {
    }

    public record WorkingDayCount(String region, LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    /** The documented year format; region and year may be left out (the path names them). */
    public record YearScheduleDocument(String region, Integer year, List<HolidayDay> daysOff,
            List<HolidayDay> workingDays) {
    }

    private final Calendars calendars;

    public CalendarController(Calendars calendars) {
        this.calendars = calendars;
    }

    /** Loads or corrects a year (ADMIN); running deadlines it affects are recomputed and republished. */
    @Operation(summary = "Load a region's working-day calendar of a year (ADMIN); running deadlines are recomputed")
    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    public YearLoaded putYear(@PathVariable String region, @PathVariable int year, @RequestBody YearScheduleDocument body) {
        return calendars.putYear(region, year, body.region(), body.year(),
                new YearSchedule(region, year, body.daysOff(), body.workingDays()), Caller.current().subject());
    }

    @Operation(summary = "Read a region's calendar of a year")
    @GetMapping("/years/{year}")
    public YearSchedule year(@PathVariable String region, @PathVariable int year) {
        return calendars.year(region, year);
    }

    /** Whether a date is a working day, and why. */
    @Operation(summary = "Tell whether a date is a working day, a holiday or a make-up working day")
    @GetMapping("/days/{date}")
    public DayInfo day(@PathVariable String region, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return calendars.day(region, date);
    }

    /** The date n working days after from (from itself not counted). */
    @Operation(summary = "The date a number of working days after a date")
    @GetMapping("/working-days")
    public WorkingDaysAfter after(@PathVariable String region,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
        WorkingDate date = calendars.addWorkingDays(region, from, days);
        return new WorkingDaysAfter(region, from, days, date.date(), date.provisional());
    }

    /** Working days d with from &lt; d &lt;= to. */
    @Operation(summary = "Count the working days between two dates")
    @GetMapping("/working-days/count")
    public WorkingDayCount count(@PathVariable String region,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        int count = calendars.countWorkingDays(region, from, to);
        return new WorkingDayCount(region, from, to, count, !calendars.covers(region, from, to));
    }
}
