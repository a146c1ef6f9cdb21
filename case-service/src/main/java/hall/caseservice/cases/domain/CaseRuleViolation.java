package hall.caseservice.cases.domain;

/** Input that breaks a case rule (answered 422); field names the request field. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
