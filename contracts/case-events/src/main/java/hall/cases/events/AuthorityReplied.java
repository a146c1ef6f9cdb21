package hall.cases.events;

import java.time.Instant;

public record AuthorityReplied(String caseId, String authority, boolean approved, String reply, Instant repliedAt) {

    public static final String TYPE = "hall.case.authority-replied.v1";
}
