package hall.cases.events;

import java.time.Instant;

/** subjectType is WINDOW, DEPARTMENT, CASE or PROPERTY_SERVICE; subjectRef names it. */
public record ComplaintFiled(String complaintId, String subjectType, String subjectRef, String description,
        String contactRef, Instant filedAt) implements ComplaintEvent {

    public static final String TYPE = "hall.complaint.filed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
