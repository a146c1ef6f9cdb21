package hall.caseservice.shared;

/**
 * A stored date the hall's calendars cannot work with ({@code -infinity}, {@code infinity}, or outside
 * {@link hall.workingdays.CalendarRange}), written before the import bounds existed. An action on such a record is
 * refused naming the field, so that it neither fails with a 500 nor writes the value back.
 */
public class StoredValueOutOfRange extends RuntimeException {

    private final String field;

    public StoredValueOutOfRange(String record, String field, String stored) {
        super("the stored " + field + " of " + record + " (" + stored + ") lies outside the dates the hall's"
                + " calendars cover; an operator has to correct it before the record can be changed");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
