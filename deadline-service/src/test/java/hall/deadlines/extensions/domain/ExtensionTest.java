package hall.deadlines.extensions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExtensionTest {

    private static final Instant NOW = Instant.parse("2025-10-01T00:00:00Z");

    @Test
    void totalIsCappedByTheMattersExtensionCap() {
        assertThat(Extension.request("c", "k", 10, "expert review", "u", NOW, 30, 20).workingDays()).isEqualTo(10);
        assertThatThrownBy(() -> Extension.request("c", "k", 11, "expert review", "u", NOW, 30, 20))
                .isInstanceOfSatisfying(ExtensionCapExceeded.class, e -> {
                    assertThat(e.capDays()).isEqualTo(30);
                    assertThat(e.committedDays()).isEqualTo(20);
                    assertThat(e.requestedDays()).isEqualTo(11);
                });
    }

    @Test
    void pendingAndRefusedExtensionsAreNotApproved() {
        Extension pending = Extension.request("c", "k", 5, "expert review", "u", NOW, 30, 0);
        assertThat(pending.state()).isEqualTo(ExtensionState.PENDING);
        assertThat(pending.approved()).isFalse();
        assertThat(pending.id()).isNotBlank();
        assertThat(pending.decidedBy()).isNull();
        Extension refused = pending.decide(false, "not justified", "sup", NOW);
        assertThat(refused.state()).isEqualTo(ExtensionState.REFUSED);
        assertThat(refused.approved()).isFalse();
        assertThat(refused.decidedBy()).isEqualTo("sup");
        assertThat(pending.decide(true, "ok", "sup", NOW).approved()).isTrue();
        assertThatThrownBy(() -> refused.decide(true, "ok", "sup", NOW)).isInstanceOf(ExtensionAlreadyDecided.class);
    }

    @Test
    void decidedOnlyOnce() {
        Extension approved = Extension.request("c", "k", 5, "reason", "u", NOW, 30, 0)
                .decide(true, "ok", "sup", NOW);
        assertThat(approved.state()).isEqualTo(ExtensionState.APPROVED);
        assertThatThrownBy(() -> approved.decide(false, "no", "sup", NOW)).isInstanceOf(ExtensionAlreadyDecided.class);
    }

    @Test
    void reasonAndPositiveDaysRequired() {
        assertThatThrownBy(() -> Extension.request("c", "k", 0, "r", "u", NOW, 30, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Extension.request("c", "k", 1, " ", "u", NOW, 30, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Extension.request("c", "k", 1, null, "u", NOW, 30, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
