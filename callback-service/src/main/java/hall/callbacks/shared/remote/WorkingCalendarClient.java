package hall.callbacks.shared.remote;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** deadline-service's working-day calendar: the date {@code days} working days after {@code from}. */
@FeignClient(name = "deadline-service", url = "${callbacks.deadline-service.url}")
public interface WorkingCalendarClient {

    record WorkingDaysAfter(String region, LocalDate from, int days, LocalDate date, boolean provisional) {
    }

    @GetMapping("/api/calendars/{region}/working-days")
    WorkingDaysAfter after(@PathVariable("region") String region, @RequestParam("from") String from,
            @RequestParam("days") int days, @RequestHeader("Authorization") String bearer);
}
