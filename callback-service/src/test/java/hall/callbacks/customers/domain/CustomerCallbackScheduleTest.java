package hall.callbacks.customers.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.DONE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.DUE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.OVERDUE;
import static hall.callbacks.customers.domain.CustomerCallbackSchedule.State.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;

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
}
