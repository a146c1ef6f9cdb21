package hall.surveys.campaigns.web;

import hall.security.Caller;
import hall.surveys.campaigns.application.Campaigns;
import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Survey campaigns and their sign-off receipts. */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    private static final String STAFF = "hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')";
    private static final String READERS = "hasAnyRole('CLERK','CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')";

    private final Campaigns campaigns;

    public CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public record CampaignRequest(String code, SurveyPurpose kind, String questionnaire, Integer questionnaireVersion,
            String projectCode, Integer year, String windowCode, String isoWeek, Integer target,
            LocalDate collectionDate) {
    }

    public record SignOffRequest(String receivedBy, Instant receivedAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF)
    @Operation(summary = "Open a campaign: an owner survey of a project and year (a receipt per owner) or a window's on-site forms of a week")
    public Campaigns.CampaignView open(@RequestBody CampaignRequest r) {
        return campaigns.open(new Campaign.Opening(r.code(), r.kind(), r.projectCode(), r.year(), r.windowCode(),
                r.isoWeek(), r.target(), r.collectionDate()), r.questionnaire(), r.questionnaireVersion(), Caller.current());
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List campaigns by project, year, window or ISO week")
    public List<Campaigns.CampaignView> list(@RequestParam(required = false) String project,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String window,
            @RequestParam(required = false) String week) {
        return campaigns.list(project, year, window, week, Caller.current());
    }

    @GetMapping("/{code}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read a campaign with its receipt, response and shortfall counts")
    public Campaigns.CampaignView get(@PathVariable String code) {
        return campaigns.get(code, Caller.current());
    }

    @GetMapping("/{code}/receipts")
    @PreAuthorize(STAFF)
    @Operation(summary = "List the sign-off receipts of an owner survey (names of signers masked)")
    public List<Campaigns.ReceiptView> receipts(@PathVariable String code) {
        return campaigns.receipts(code, Caller.current());
    }

    @PostMapping("/{code}/receipts/{receiptId}/sign-off")
    @PreAuthorize(STAFF)
    @Operation(summary = "Record who received the questionnaire and when (the signed receipt)")
    public Campaigns.ReceiptView signOff(@PathVariable String code, @PathVariable String receiptId,
            @RequestBody SignOffRequest r) {
        return campaigns.signOff(code, receiptId, r.receivedBy(), r.receivedAt(), Caller.current());
    }
}
