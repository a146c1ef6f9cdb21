package hall.cases.events;

import java.time.Instant;

public record AuthorityReplied(String caseId, String authority, boolean approved, String reply, Instant repliedAt)
        implements CaseEvent {

    public static final String TYPE = "hall.case.authority-replied.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
