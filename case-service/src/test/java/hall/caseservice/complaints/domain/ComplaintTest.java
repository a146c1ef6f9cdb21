package hall.caseservice.complaints.domain;

import hall.caseservice.cases.domain.CaseRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTest {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void filedComplaintIsOpenAndResolvedOnceWithAWrittenOutcome() {
        Complaint.Filing filing = Complaint.file("k-1", ComplaintSubject.WINDOW, "W01", "态度差", "王五",
                "13812345678", true, "app-1", NOW);
        assertThat(filing.complaint().status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(filing.event().contactRef()).isEqualTo("complaint:k-1");
        assertThatThrownBy(() -> filing.complaint().resolve(" ", "sup", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        Complaint.Resolution r = filing.complaint().resolve("已约谈窗口人员", "sup", NOW);
        assertThat(r.complaint().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(r.event().callbackConsent()).isTrue();
        assertThatThrownBy(() -> r.complaint().resolve("again", "sup", NOW)).isInstanceOfSatisfying(
                ComplaintNotOpen.class, e -> assertThat(e.status()).isEqualTo(ComplaintStatus.RESOLVED));
    }

    @Test
    void complaintNeedsSubjectAndDescription() {
        assertThatThrownBy(() -> Complaint.file("k", ComplaintSubject.CASE, " ", "x", null, null, false, "u", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("subjectRef"));
        assertThatThrownBy(() -> Complaint.file("k", ComplaintSubject.CASE, "c", "", null, null, false, "u", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("description"));
    }

    @Test
    void complaintNeedsASubjectTypeAndTextsThatAreNotMissing() {
        assertThatThrownBy(() -> Complaint.file("k", null, "c", "x", null, null, false, "u", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("subjectType"));
        assertThatThrownBy(() -> Complaint.file("k", ComplaintSubject.CASE, null, "x", null, null, false, "u", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("subjectRef"));
        assertThatThrownBy(() -> Complaint.file("k", ComplaintSubject.CASE, "c", null, null, null, false, "u", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("description"));
        Complaint open = Complaint.file("k", ComplaintSubject.PROPERTY_SERVICE, "P-7", "维修不及时", null, null, false,
                "u", NOW).complaint();
        assertThatThrownBy(() -> open.resolve(null, "sup", NOW))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }
}
