package hall.callbacks.customers.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.PlanDecision;
import hall.callbacks.shared.PlanStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer project's regular callback plan (定期回访计划): the callbacks customer service proposes, each with its
 * date, content and purpose. The supervisor approves it, which schedules one REGULAR callback per entry (opening and
 * due on its date), or sends it back with a reason, after which customer service proposes a new one. Only an
 * approved plan's callbacks are scheduled.
 */
public record RegularCallbackPlan(String id, String customerProjectId, List<Entry> entries, PlanStatus status,
        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String reason) {

    public static final int MAX_ENTRIES = 24;
    public static final int MAX_TEXT = 500;

    /** One callback of the plan. */
    public record Entry(LocalDate date, String content, String purpose) {
    }

    /** The decided plan and the callbacks its approval schedules (none when it was sent back). */
    public record Decided(RegularCallbackPlan plan, List<CustomerCallbackSchedule.Slot> scheduled) {
    }

    public RegularCallbackPlan {
        entries = List.copyOf(entries);
    }

    /** Entries in date order; every one dated today or later, with its content and purpose (400 naming it). */
    public static RegularCallbackPlan propose(String id, String customerProjectId, List<Entry> entries,
            LocalDate today, String by, Instant at) {
        if (entries == null || entries.isEmpty()) {
            throw new BadField("entries", "list at least one callback with its date, content and purpose");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new BadField("entries", "at most " + MAX_ENTRIES + " callbacks per plan");
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String field = "entries[" + i + "].";
            if (e == null || e.date() == null) {
                throw new BadField(field + "date", "is required, as 2027-01-15");
            }
            if (e.date().isBefore(today)) {
                throw new BadField(field + "date", "today or later");
            }
            text(field + "content", e.content());
            text(field + "purpose", e.purpose());
        }
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::date));
        return new RegularCallbackPlan(id, customerProjectId, ordered, PlanStatus.PROPOSED, by, at, null, null,
                null);
    }

    /**
     * Approves the plan (its entries become REGULAR callbacks numbered after {@code lastRegularSeq}) or sends it back
     * with a reason; decided once.
     */
    public Decided decide(Boolean approved, String decisionReason, String by, Instant at, int lastRegularSeq) {
        PlanDecision d = PlanDecision.of("regular callback plan " + id, status, approved, decisionReason, by, at);
        RegularCallbackPlan decided = new RegularCallbackPlan(id, customerProjectId, entries, d.status(), proposedBy,
                proposedAt, d.decidedBy(), d.decidedAt(), d.reason());
        List<CustomerCallbackSchedule.Slot> scheduled = new ArrayList<>();
        if (d.approved()) {
            int seq = lastRegularSeq;
            for (Entry e : entries) {
                scheduled.add(new CustomerCallbackSchedule.Slot(CustomerCallbackKind.REGULAR, ++seq, e.date(),
                        e.date(), e.content().strip(), e.purpose().strip()));
            }
        }
        return new Decided(decided, scheduled);
    }

    private static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadField(field, "is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadField(field, "at most " + MAX_TEXT + " characters");
        }
    }
}
