package hall.surveys.shared.remote;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** case-service's case read, called with the bearer token of the person whose request causes the call. */
@FeignClient(name = "case-service", url = "${survey.case-service-url}")
public interface CaseServiceClient {

    /** The fields survey-service needs; case-service answers 403 for a case that is not the caller's. */
    record CaseSummary(String id, String windowCode, String departmentCode, String contactRef, String status) {
    }

    @GetMapping("/api/cases/{id}")
    CaseSummary get(@RequestHeader("Authorization") String authorization, @PathVariable("id") String id);
}
