package hall.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    sealed interface Sample extends PlatformEvent permits Opened, Closed, Nested {
    }

    sealed interface Nested extends Sample permits Moved {
    }

    record Opened(String id) implements Sample {
        public static final String TYPE = "sample.opened.v1";
        @Override public String eventType() { return TYPE; }
    }

    record Closed(String id) implements Sample {
        public static final String TYPE = "sample.closed.v1";
        @Override public String eventType() { return TYPE; }
    }

    record Moved(String id) implements Nested {
        public static final String TYPE = "sample.moved.v1";
        @Override public String eventType() { return TYPE; }
    }

    sealed interface Clash extends PlatformEvent permits A, B {
    }

    record A() implements Clash {
        public static final String TYPE = "same.v1";
        @Override public String eventType() { return TYPE; }
    }

    record B() implements Clash {
        public static final String TYPE = "same.v1";
        @Override public String eventType() { return TYPE; }
    }

    sealed interface Untyped extends PlatformEvent permits NoType {
    }

    record NoType() implements Untyped {
        @Override public String eventType() { return "x"; }
    }

    @Test
    void findsEveryRecordOfTheFamilyByItsType() {
        EventTypes<Sample> types = EventTypes.of(Sample.class);
        assertThat(types.classOf("sample.opened.v1")).contains(Opened.class);
        assertThat(types.classOf("sample.closed.v1")).contains(Closed.class);
        assertThat(types.classOf("sample.moved.v1")).contains(Moved.class);
        assertThat(types.classOf("other.v1")).isEmpty();
        assertThat(types.types()).hasSize(3);
    }

    @Test
    void refusesTwoRecordsWithOneType() {
        assertThatThrownBy(() -> EventTypes.of(Clash.class)).hasMessageContaining("same.v1");
    }

    @Test
    void refusesARecordWithoutTypeConstant() {
        assertThatThrownBy(() -> EventTypes.of(Untyped.class)).hasMessageContaining("TYPE");
    }
}
