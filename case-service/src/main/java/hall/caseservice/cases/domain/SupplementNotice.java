package hall.caseservice.cases.domain;

import hall.cases.events.MissingItem;

import java.time.Instant;
import java.util.List;

/** A one-time supplement notice (一次性告知): every missing item with why it is needed. */
public record SupplementNotice(String id, List<MissingItem> items, Instant givenAt, String givenBy,
        String justification) {

    public SupplementNotice {
        items = List.copyOf(items);
    }
}
