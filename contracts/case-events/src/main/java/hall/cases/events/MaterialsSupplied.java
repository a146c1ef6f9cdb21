package hall.cases.events;

import java.time.Instant;
import java.util.List;

/** The applicant supplied materials; complete says whether nothing is missing any more. */
public record MaterialsSupplied(String caseId, List<String> itemCodes, boolean complete, Instant suppliedAt)
        implements CaseEvent {

    public static final String TYPE = "hall.case.materials-supplied.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
