package hall.caseservice.cases.domain;

/** An item a clerk lists in a supplement notice: a checklist code, or an ad-hoc item with its own name. */
public record RequestedItem(String code, String name, String reason) {
}
