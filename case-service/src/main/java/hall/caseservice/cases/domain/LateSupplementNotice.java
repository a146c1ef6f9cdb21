package hall.caseservice.cases.domain;

import java.time.Instant;

/**
 * A first supplement notice after the 5-working-day period: the case already counts as accepted on the day of
 * receipt (Administrative Licensing Law art. 32), so the notice is refused (422).
 */
public class LateSupplementNotice extends CaseRuleViolation {

    public static final String RULE = "Administrative Licensing Law art. 32";

    public LateSupplementNotice(String caseId, Instant receivedAt) {
        super("noticePeriod", "a supplement notice must be given within 5 working days of receipt (" + RULE + "); case "
                + caseId + " received at " + receivedAt + " counts as accepted on the day of receipt");
    }
}
