package hall.callbacks.visits.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One visit of an owner's household: planned (by an approved plan, ad hoc, after a complaint or a finished service
 * order) and then made, by phone, face to face or on patrol, with notes of what the owner said. The issues the
 * owner raised are kept as problems of the project (see the problem loop).
 */
public record Visit(String id, String projectCode, String ownerId, String planId, VisitKind kind, VisitMethod method,
        VisitStatus status, LocalDate plannedOn, LocalTime plannedAt, String content, String purpose,
        String sourceRef, String notes, String visitedBy, Instant visitedAt, Instant createdAt) {

    public static final int MAX_TEXT = 500;

    public static Visit plan(String id, String projectCode, String ownerId, String planId, VisitKind kind,
            VisitMethod method, VisitStatus status, LocalDate on, LocalTime at, String content, String purpose,
            String sourceRef, Instant now) {
        text("content", content, MAX_TEXT);
        text("purpose", purpose, MAX_TEXT);
        return new Visit(id, projectCode, ownerId, planId, kind, method, status, on, at, content, purpose, sourceRef,
                null, null, null, now);
    }

    /** The owner is named in events and re-callbacks only by this reference. */
    public String contactRef() {
        return "owner:" + ownerId;
    }

    /** The visit was made; {@code madeBy} may differ from the planned method (a phone visit made at the door). */
    public Visit record(VisitMethod madeBy, String visitNotes, String by, Instant at) {
        if (status != VisitStatus.PLANNED) {
            throw new RuleBroken("status", "visit " + id + " is " + status + ", not a released planned visit");
        }
        if (visitNotes != null && visitNotes.length() > 2000) {
            throw new BadField("notes", "at most 2000 characters");
        }
        return new Visit(id, projectCode, ownerId, planId, kind, madeBy == null ? method : madeBy, VisitStatus.DONE,
                plannedOn, plannedAt, content, purpose, sourceRef, visitNotes, by, at, createdAt);
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BadField(field, "is required");
        }
        if (value.length() > max) {
            throw new BadField(field, "at most " + max + " characters");
        }
    }
}
