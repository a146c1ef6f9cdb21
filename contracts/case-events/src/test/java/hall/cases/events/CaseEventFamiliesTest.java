package hall.cases.events;

import static org.assertj.core.api.Assertions.assertThat;

import hall.events.EventTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseEventFamiliesTest {

    @Test
    void everyCaseEventNamesItsOwnVersionedCaseType() {
        EventTypes<CaseEvent> family = EventTypes.of(CaseEvent.class);

        assertThat(family.types()).hasSize(CaseEvent.class.getPermittedSubclasses().length)
                .allMatch(t -> t.matches("hall\\.case\\.[a-z-]+\\.v\\d+"));
        assertThat(family.classOf(CaseAccepted.TYPE)).contains(CaseAccepted.class);
        assertThat(family.classOf(ComplaintFiled.TYPE)).isEmpty();
    }

    @Test
    void complaintAndNotificationFamiliesKeepTheirOwnTypes() {
        assertThat(EventTypes.of(ComplaintEvent.class).types())
                .containsExactlyInAnyOrder(ComplaintFiled.TYPE, ComplaintResolved.TYPE)
                .allMatch(t -> t.startsWith("hall.complaint."));
        assertThat(EventTypes.of(NotificationEvent.class).types()).isEqualTo(Set.of(NotificationRequested.TYPE));
    }
}
