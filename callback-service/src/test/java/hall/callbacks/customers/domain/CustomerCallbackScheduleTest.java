package hall.callbacks.customers.domain;

import hall.callbacks.shared.BadField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.DONE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.DUE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.OVERDUE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerCallbackScheduleTest {

    static final LocalDate ACCEPTED = LocalDate.of(2026, 1, 31);

    @Test
    void afterSalesInTheFirstMonthThenEverySixMonthsOfTheWarrantyAndMaintenanceAfterHandOver() {
        List<CustomerCallbackSchedule.Slot> slots = CustomerCallbackSchedule.of(ACCEPTED, LocalDate.of(2026, 3, 10),
                24, 6);

        assertThat(slots).containsExactly(
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.AFTER_SALES, 1, ACCEPTED,
                        LocalDate.of(2026, 2, 28)),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.AFTER_SALES, 2, LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 7, 31)),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.AFTER_SALES, 3, LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 31)),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.AFTER_SALES, 4, LocalDate.of(2027, 6, 30),
                        LocalDate.of(2027, 7, 31)),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.AFTER_SALES, 5, LocalDate.of(2027, 12, 31),
                        LocalDate.of(2028, 1, 31)),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.MAINTENANCE, 1, LocalDate.of(2026, 3, 10),
                        LocalDate.of(2026, 4, 10)));
    }

    @Test
    void withoutWarrantyOrHandOverOnlyTheFirstAfterSalesCallback() {
        assertThat(CustomerCallbackSchedule.of(ACCEPTED, null, 5, 6)).singleElement()
                .extracting(CustomerCallbackSchedule.Slot::kind).isEqualTo(CustomerCallbackKind.AFTER_SALES);
    }

    @Test
    void aCallbackIsUpcomingBeforeItsWindowDueWithinItAndOverdueAfter() {
        LocalDate opens = LocalDate.of(2026, 6, 30);
        LocalDate due = LocalDate.of(2026, 7, 31);
        assertThat(CustomerCallbackSchedule.state(opens, due, false, LocalDate.of(2026, 6, 29))).isEqualTo(UPCOMING);
        assertThat(CustomerCallbackSchedule.state(opens, due, false, opens)).isEqualTo(DUE);
        assertThat(CustomerCallbackSchedule.state(opens, due, false, due)).isEqualTo(DUE);
        assertThat(CustomerCallbackSchedule.state(opens, due, false, due.plusDays(1))).isEqualTo(OVERDUE);
        assertThat(CustomerCallbackSchedule.state(opens, due, true, due.plusDays(9))).isEqualTo(DONE);
    }

    @Test
    void aComplaintCallbackOpensOnTheDayTheComplaintWasHandledAndIsDueByTheCalendarsDay() {
        LocalDate handled = LocalDate.of(2026, 11, 27);
        CustomerCallbackSchedule.Slot s = CustomerCallbackSchedule.complaint("C-17", handled,
                LocalDate.of(2026, 12, 1), 2, " 已返工并致歉 ", LocalDate.of(2026, 11, 30));
        assertThat(s).isEqualTo(new CustomerCallbackSchedule.Slot(CustomerCallbackKind.COMPLAINT, 2, handled,
                LocalDate.of(2026, 12, 1), "投诉回访：已返工并致歉", CustomerCallbackSchedule.COMPLAINT_PURPOSE));
        assertThat(CustomerCallbackSchedule.state(s.opensOn(), s.dueBy(), false, handled)).isEqualTo(DUE);
    }

    @Test
    void aComplaintHandledInTheFutureOrWithoutSummaryIsRefusedNamingTheField() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThatThrownBy(() -> CustomerCallbackSchedule.complaint("C-17", today.plusDays(1), today.plusDays(3), 1,
                "已处理", today)).isInstanceOf(BadField.class).extracting("field").isEqualTo("handledOn");
        assertThatThrownBy(() -> CustomerCallbackSchedule.complaint("C-17", today, today, 1, " ", today))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("summary");
        assertThatThrownBy(() -> CustomerCallbackSchedule.complaint("x".repeat(101), today, today, 1, "已处理", today))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("ref");
    }
}
