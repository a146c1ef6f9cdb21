package hall.deadlines.events;

import static org.assertj.core.api.Assertions.assertThat;

import hall.events.EventTypes;
import org.junit.jupiter.api.Test;

class DeadlineEventFamilyTest {

    @Test
    void everyDeadlineEventNamesItsOwnVersionedDeadlineType() {
        EventTypes<DeadlineEvent> family = EventTypes.of(DeadlineEvent.class);

        assertThat(family.types()).hasSize(DeadlineEvent.class.getPermittedSubclasses().length)
                .allMatch(t -> t.matches("hall\\.deadline\\.[a-z-]+\\.v\\d+"));
        assertThat(family.classOf(DeadlineBreached.TYPE)).contains(DeadlineBreached.class);
    }
}
