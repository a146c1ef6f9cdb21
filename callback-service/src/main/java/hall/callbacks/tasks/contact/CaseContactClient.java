package hall.callbacks.tasks.contact;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * case-service's audited contact read. The caller's bearer token is passed on so that case-service audits the
 * agent who reads, not callback-service.
 */
@FeignClient(name = "case-service", url = "${callbacks.case-service.url}")
public interface CaseContactClient {

    record CaseContact(String contactRef, String name, String phone, String idNumber, boolean callbackConsent) {
    }

    @GetMapping("/api/cases/{caseId}/contact")
    CaseContact contact(@PathVariable("caseId") String caseId, @RequestHeader("Authorization") String bearer);
}
