package hall.caseservice.cases.web;

import hall.cases.events.SuspensionReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request bodies of the case endpoints. Lengths are capped; text is stored as given. */
public final class CaseRequests {

    /** Mainland mobile (1[3-9] + 9 digits) or a landline with area code (0 + 2-3 digits, optional hyphen, 7-8 digits). */
    public static final String PHONE = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";
    /** 18-character resident ID number: 17 digits and a digit or X. */
    public static final String ID_NUMBER = "^\\d{17}[\\dXx]$";

    private CaseRequests() {
    }

    public record ApplicantInput(@NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = PHONE, message = "must be a mainland mobile number (1[3-9] and 9 digits) "
                    + "or a landline with area code") String phone,
            @Pattern(regexp = ID_NUMBER, message = "must be an 18-character resident ID number") String idNumber,
            @NotNull Boolean callbackConsent, @Size(max = 200) String subject) {
    }

    public record SubmitRequest(@NotNull @Valid ApplicantInput applicant, @NotBlank @Size(max = 64) String matterCode,
            @NotBlank @Size(max = 64) String windowCode,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> materials, Instant receivedAt) {
    }

    public record NoticeItem(@NotBlank @Size(max = 64) String code, @Size(max = 200) String name,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record SupplementRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid NoticeItem> items,
            @Size(max = 1000) String justification) {
    }

    public record MaterialsRequest(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> items) {
    }

    public record ReturnRequest(@NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 1000) String policyBasis) {
    }

    public record SuspensionRequest(@NotNull SuspensionReason reason, @Size(max = 1000) String note) {
    }

    public record SuspensionEndRequest(@Size(max = 1000) String note) {
    }

    public record ReportRequest(@NotBlank @Size(max = 200) String authority, Instant reportedAt) {
    }

    public record AuthorityReplyRequest(@NotNull Boolean approved, @NotBlank @Size(max = 2000) String reply,
            Instant repliedAt) {
    }

    public record JointDecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reason) {
    }

    public record CompletionRequest(@NotBlank @Size(max = 2000) String result) {
    }
}
