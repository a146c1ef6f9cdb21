package hall.surveys.shared.remote;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** deadline-service's working-day arithmetic on the hall's official calendar. */
@FeignClient(name = "deadline-service", url = "${survey.deadline-service-url}")
public interface DeadlineServiceClient {

    record WorkingDaysAfter(String region, LocalDate from, int days, LocalDate date, boolean provisional) {
    }

    /** {@code from} is an ISO date (yyyy-MM-dd), passed as text so that no locale formats it. */
    @GetMapping("/api/calendars/{region}/working-days")
    WorkingDaysAfter after(@RequestHeader("Authorization") String authorization, @PathVariable("region") String region,
            @RequestParam("from") String from, @RequestParam("days") int days);
}
