package hall.deadlines.clocks.application;

import java.time.Instant;
import java.util.List;

/**
 * The extensions of a case, as the deadline view of the case shows them. The extensions feature provides them: it
 * depends on the clocks (an approved extension moves a clock), so the clocks read extensions through this interface
 * instead of depending back on it.
 */
public interface CaseExtensions {

    List<ExtensionView> of(String caseId);

    record ExtensionView(String extensionId, int workingDays, String reason, String state,
            String requestedBy, Instant requestedAt, String comment, String decidedBy, Instant decidedAt) {
    }
}
