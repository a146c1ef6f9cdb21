package hall.callbacks.shared;

/** A request field is malformed or out of range (answered 400 naming the field); nothing is stored. */
public class BadField extends RuntimeException {

    private final String field;

    public BadField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The constant of {@code type} named {@code value}; a BadField naming {@code field} when missing or unknown. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        if (value == null) {
            throw new BadField(field, "is required, one of " + java.util.List.of(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadField(field, "must be one of " + java.util.List.of(type.getEnumConstants()));
        }
    }
}
