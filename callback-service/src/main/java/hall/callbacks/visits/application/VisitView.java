package hall.callbacks.visits.application;

import hall.callbacks.visits.domain.Visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A visit as the API shows it: the household, never the owner's name or phone; the issues raised on it. */
public record VisitView(String id, String project, String ownerId, String household, String contactRef,
        String planId, String kind, String method, String status, LocalDate plannedOn, LocalTime plannedAt,
        String content, String purpose, String sourceRef, String notes, String visitedBy, Instant visitedAt,
        List<String> issueIds, List<String> complaintIds) {

    static VisitView of(Visit v, String household) {
        return of(v, household, List.of(), List.of());
    }

    static VisitView of(Visit v, String household, List<String> issueIds, List<String> complaintIds) {
        return new VisitView(v.id(), v.projectCode(), v.ownerId(), household, v.contactRef(), v.planId(),
                v.kind().name(), v.method().name(), v.status().name(), v.plannedOn(), v.plannedAt(), v.content(),
                v.purpose(), v.sourceRef(), v.notes(), v.visitedBy(), v.visitedAt(), issueIds, complaintIds);
    }
}
