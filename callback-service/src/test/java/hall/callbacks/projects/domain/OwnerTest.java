package hall.callbacks.projects.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private static OwnerDetails details(String name, String phone, String idNumber) {
        return new OwnerDetails("1", "1", "101", name, phone, idNumber, true, null);
    }

    private static Owner owner(OwnerDetails d) {
        return Owner.of("o-1", "P01", d, "admin-1", NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800130001", "19912345678", "010-12345678", "0755-1234567", "02112345678"})
    void acceptsMainlandMobilesAndLandlinesWithAreaCode(String phone) {
        assertThat(owner(details("李秀英", phone, null)).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800130001", "1380013000", "138001300011", "12345678", "010-123456", "+8613800130001"})
    void refusesOtherPhoneNumbers(String phone) {
        assertThatThrownBy(() -> owner(details("李秀英", phone, null)))
                .isInstanceOfSatisfying(ProjectRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(ProjectRuleViolation.Violation::field).containsExactly("phone"));
    }

    @Test
    void namesEveryMissingField() {
        assertThatThrownBy(() -> owner(new OwnerDetails(" ", null, "", "  ", null, null, false, null)))
                .isInstanceOfSatisfying(ProjectRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(ProjectRuleViolation.Violation::field)
                        .containsExactly("building", "unit", "room", "name", "phone"));
    }

    @Test
    void theIdNumberIsOptionalButWellFormedWhenGiven() {
        assertThat(owner(details("张伟", "13800130003", null)).idNumber()).isNull();
        assertThat(owner(details("张伟", "13800130003", " ")).idNumber()).isNull();
        assertThat(owner(details("张伟", "13800130003", "11010519630401103x")).idNumber())
                .isEqualTo("11010519630401103X");
        assertThatThrownBy(() -> owner(details("张伟", "13800130003", "1101051963040110")))
                .isInstanceOfSatisfying(ProjectRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(ProjectRuleViolation.Violation::field).containsExactly("idNumber"));
    }

    @Test
    void keepsConsentAndPreferredTimesAndGivesAContactReference() {
        Owner o = owner(new OwnerDetails("2", "1", "502", " 刘芳 ", "13800130004", null, false, " 工作日晚上7点后 "));

        assertThat(o.name()).isEqualTo("刘芳");
        assertThat(o.contactConsent()).isFalse();
        assertThat(o.preferredContactTimes()).isEqualTo("工作日晚上7点后");
        assertThat(o.contactRef()).isEqualTo("owner:o-1");
    }

    @Test
    void preferredTimesAreFreeTextOfLimitedLength() {
        assertThatThrownBy(() -> owner(new OwnerDetails("2", "1", "502", "刘芳", "13800130004", null, true,
                "晚".repeat(201))))
                .isInstanceOfSatisfying(ProjectRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(ProjectRuleViolation.Violation::field).containsExactly("preferredContactTimes"));
    }
}
