package hall.caseservice.catalogue.domain;

/** A catalogue entry breaks a rule; field names the offending request field. */
public class CatalogueRuleViolation extends RuntimeException {

    private final String field;

    public CatalogueRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
