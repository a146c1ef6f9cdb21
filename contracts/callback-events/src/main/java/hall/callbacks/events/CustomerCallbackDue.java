package hall.callbacks.events;

import java.time.LocalDate;

/**
 * A scheduled customer callback became due: {@code kind} AFTER_SALES, MAINTENANCE, REGULAR or COMPLAINT, to be
 * made by {@code dueBy} at the customer's convenient times.
 */
public record CustomerCallbackDue(String callbackId, String customerProjectId, String customer, String kind,
        int seq, LocalDate opensOn, LocalDate dueBy, String convenientTimes) implements CallbackEvent {

    public static final String TYPE = "hall.callback.customer-callback-due.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
