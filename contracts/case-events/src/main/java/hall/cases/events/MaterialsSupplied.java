package hall.cases.events;

import java.time.Instant;
import java.util.List;

/**
 * The applicant supplied materials; complete says whether nothing is missing any more (the case then waits for
 * acceptance at its window, for the department; deadline-service starts the acceptance clock).
 */
public record MaterialsSupplied(String caseId, List<String> itemCodes, boolean complete, Instant suppliedAt,
        String windowCode, String departmentCode, String matterCode) implements CaseEvent {

    public static final String TYPE = "hall.case.materials-supplied.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
