package hall.callbacks.customers.domain;

import hall.callbacks.shared.BadField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The callbacks a customer project's dates call for. AFTER_SALES: the first within the month after acceptance
 * (opens on the acceptance day, due a month later); then one due every {@code intervalMonths} (6) months after
 * acceptance as long as that date is within the warranty, each opening a month before it is due. MAINTENANCE: within
 * the month after hand-over. Callbacks after the warranty are occasional and not scheduled. REGULAR callbacks come
 * from an approved {@link RegularCallbackPlan}; a COMPLAINT callback opens on the day a complaint was handled and is
 * due a few working days later ({@link #complaint}).
 */
public final class CustomerCallbackSchedule {

    /** One scheduled callback; {@code content} and {@code purpose} are said by a plan or a complaint, else null. */
    public record Slot(CustomerCallbackKind kind, int seq, LocalDate opensOn, LocalDate dueBy, String content,
            String purpose) {

        public Slot(CustomerCallbackKind kind, int seq, LocalDate opensOn, LocalDate dueBy) {
            this(kind, seq, opensOn, dueBy, null, null);
        }
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

    static final String COMPLAINT_CONTENT = "投诉回访：";
    static final String COMPLAINT_PURPOSE = "了解客户对投诉处理结果的满意程度，确认问题是否已解决";

    /**
     * The callback after complaint {@code ref} was handled on {@code handledOn} ({@code today} at the latest), due by
     * {@code dueBy} (the working-day calendar's answer), numbered {@code seq}.
     */
    public static Slot complaint(String ref, LocalDate handledOn, LocalDate dueBy, int seq, String summary,
            LocalDate today) {
        if (ref == null || ref.isBlank() || ref.length() > 100) {
            throw new BadField("ref", "the complaint's reference, at most 100 characters");
        }
        if (handledOn.isAfter(today)) {
            throw new BadField("handledOn", "not in the future");
        }
        if (summary == null || summary.isBlank() || summary.length() > 300) {
            throw new BadField("summary", "say how the complaint was handled (at most 300 characters)");
        }
        return new Slot(CustomerCallbackKind.COMPLAINT, seq, handledOn, dueBy, COMPLAINT_CONTENT + summary.strip(),
                COMPLAINT_PURPOSE);
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
