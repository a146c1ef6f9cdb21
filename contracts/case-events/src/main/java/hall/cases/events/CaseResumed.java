package hall.cases.events;

import java.time.Instant;

public record CaseResumed(String caseId, String suspensionId, Instant resumedAt) {

    public static final String TYPE = "hall.case.resumed.v1";
}
