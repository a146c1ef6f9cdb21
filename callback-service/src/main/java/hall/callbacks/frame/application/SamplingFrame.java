package hall.callbacks.frame.application;

import hall.callbacks.frame.domain.FrameMonth;
import hall.callbacks.frame.domain.HallCase;
import hall.callbacks.frame.persistence.HallCaseRepository;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The hall's cases as callback-service samples them, kept from case-service's events. */
@Service
public class SamplingFrame {

    private final HallCaseRepository cases;

    public SamplingFrame(HallCaseRepository cases) {
        this.cases = cases;
    }

    @Transactional
    public void submitted(CaseSubmitted e) {
        cases.received(e.caseId(), e.contactRef(), e.windowCode(), e.departmentCode(), e.matterCode(),
                e.category() == null ? null : e.category().name(), e.receivedAt());
    }

    @Transactional
    public void accepted(CaseAccepted e) {
        cases.progressed(e.caseId(), e.contactRef(), e.windowCode(), e.departmentCode(), e.matterCode(),
                e.category() == null ? null : e.category().name(), e.acceptedAt(), false, e.callbackConsent());
    }

    @Transactional
    public void completed(CaseCompleted e) {
        cases.progressed(e.caseId(), e.contactRef(), e.windowCode(), e.departmentCode(), e.matterCode(),
                e.category() == null ? null : e.category().name(), e.completedAt(), true, e.callbackConsent());
    }

    @Transactional
    public void returned(CaseReturned e) {
        cases.returned(e.caseId(), e.returnedAt());
    }

    @Transactional(readOnly = true)
    public List<HallCase> frame(String windowCode, FrameMonth month) {
        return cases.frame(windowCode, month);
    }

    @Transactional(readOnly = true)
    public List<String> windows(FrameMonth month) {
        return cases.windows(month);
    }

    /** The windows of a department: those whose cases the frame holds under that department. */
    @Transactional(readOnly = true)
    public List<String> windowsOf(String departmentCode) {
        return cases.windowsOfDepartment(departmentCode);
    }

    @Transactional(readOnly = true)
    public Optional<HallCase> find(String caseId) {
        return cases.find(caseId);
    }
}
