package hall.caseservice.cases.application;

import hall.caseservice.cases.persistence.ApplicantNoticeRepository;
import hall.caseservice.cases.persistence.ApplicantNoticeRepository.ApplicantNotice;
import hall.cases.events.NotificationRequested;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant was told about a case: every NotificationRequested of the case on hall.notification-requests,
 * case-service's own (supplement notice, acceptance, deemed acceptance, return, completion) and deadline-service's
 * (extension with reason and new date), each kept once and listed in the case view.
 */
@Service
public class ApplicantNotices {

    private final ApplicantNoticeRepository notices;

    public ApplicantNotices(ApplicantNoticeRepository notices) {
        this.notices = notices;
    }

    @Transactional
    public void sent(NotificationRequested notification) {
        notices.record(notification);
    }

    public List<ApplicantNotice> of(String caseId) {
        return notices.of(caseId);
    }
}
