package hall.callbacks.visits.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 投诉回访: after a property complaint an owner raised on a visit is resolved, the owner is visited again on the
 * day the calendar gives ({@code callbacks.visits.complaint-working-days} working days after the resolution), at
 * the owner's preferred time, by phone when the owner consented to calls, else face to face. One per complaint:
 * its source reference is the complaint's id.
 */
public final class ComplaintVisit {

    static final String CONTENT = "投诉回访：";
    static final String PURPOSE = "了解业主对投诉处理结果的满意程度，确认问题是否已解决";

    private ComplaintVisit() {
    }

    public static String sourceRef(String complaintId) {
        return "complaint:" + complaintId;
    }

    /**
     * The visit of the owner of {@code raisedOn} (the visit the complaint was raised on), planned on {@code due}.
     */
    public static Visit of(String id, String complaintId, String outcome, Visit raisedOn, boolean contactConsent,
            String preferredContactTimes, LocalDate due, VisitTiming timing, Instant now) {
        String said = outcome == null || outcome.isBlank() ? "投诉已处理" : outcome.strip();
        String content = CONTENT + said;
        if (content.length() > Visit.MAX_TEXT) {
            content = content.substring(0, Visit.MAX_TEXT - 1) + "…";
        }
        return Visit.plan(id, raisedOn.projectCode(), raisedOn.ownerId(), null, VisitKind.COMPLAINT,
                contactConsent ? VisitMethod.PHONE : VisitMethod.FACE_TO_FACE, VisitStatus.PLANNED, due,
                timing.timeFor(preferredContactTimes), content, PURPOSE, sourceRef(complaintId), now);
    }
}
