package hall.callbacks.customers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The callbacks a customer project's dates call for. AFTER_SALES: the first within the month after acceptance
 * (opens on the acceptance day, due a month later); then one due every {@code intervalMonths} (6) months after
 * acceptance as long as that date is within the warranty, each opening a month before it is due. MAINTENANCE: within
 * the month after hand-over. Callbacks after the warranty are occasional and not scheduled.
 */
public final class CustomerCallbackSchedule {

    public record Slot(CustomerCallbackKind kind, int seq, LocalDate opensOn, LocalDate dueBy) {
    }

    /** Where a scheduled callback stands on a day. */
    public enum State {
        UPCOMING, DUE, OVERDUE, DONE
    }

    private CustomerCallbackSchedule() {
    }

    public static List<Slot> of(LocalDate acceptedOn, LocalDate handedOverOn, int warrantyMonths, int intervalMonths) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(CustomerCallbackKind.AFTER_SALES, 1, acceptedOn, acceptedOn.plusMonths(1)));
        LocalDate warrantyEnds = acceptedOn.plusMonths(warrantyMonths);
        for (int k = 1; !acceptedOn.plusMonths((long) k * intervalMonths).isAfter(warrantyEnds); k++) {
            LocalDate due = acceptedOn.plusMonths((long) k * intervalMonths);
            slots.add(new Slot(CustomerCallbackKind.AFTER_SALES, k + 1, due.minusMonths(1), due));
        }
        if (handedOverOn != null) {
            slots.add(new Slot(CustomerCallbackKind.MAINTENANCE, 1, handedOverOn, handedOverOn.plusMonths(1)));
        }
        return slots;
    }

    public static State state(LocalDate opensOn, LocalDate dueBy, boolean done, LocalDate today) {
        if (done) {
            return State.DONE;
        }
        if (today.isAfter(dueBy)) {
            return State.OVERDUE;
        }
        return today.isBefore(opensOn) ? State.UPCOMING : State.DUE;
    }
}
