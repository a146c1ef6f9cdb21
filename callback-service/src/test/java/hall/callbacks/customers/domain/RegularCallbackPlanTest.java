package hall.callbacks.customers.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.PlanStatus;
import hall.callbacks.shared.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegularCallbackPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final RegularCallbackPlan.Entry MARCH = new RegularCallbackPlan.Entry(LocalDate.of(2027, 3, 15),
            "系统运行情况回访", "了解系统使用中的问题");
    static final RegularCallbackPlan.Entry JANUARY = new RegularCallbackPlan.Entry(LocalDate.of(2027, 1, 15),
            "年度服务回访", "听取客户对年度服务的意见");

    private static RegularCallbackPlan proposed() {
        return RegularCallbackPlan.propose("p1", "cp1", List.of(MARCH, JANUARY), TODAY, "agent-1", NOW);
    }

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (BadField e) {
            return e.field();
        }
        throw new AssertionError("no BadField");
    }

    @Test
    void aProposalListsItsCallbacksInDateOrderAndSchedulesNothingYet() {
        RegularCallbackPlan p = proposed();
        assertThat(p.status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(p.entries()).containsExactly(JANUARY, MARCH);
    }

    @Test
    void approvalSchedulesOneRegularCallbackPerEntryNumberedAfterTheProjectsLastOne() {
        RegularCallbackPlan.Decided d = proposed().decide(true, null, "sup-1", NOW, 2);
        assertThat(d.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(d.plan().decidedBy()).isEqualTo("sup-1");
        assertThat(d.scheduled()).containsExactly(
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.REGULAR, 3, JANUARY.date(), JANUARY.date(),
                        JANUARY.content(), JANUARY.purpose()),
                new CustomerCallbackSchedule.Slot(CustomerCallbackKind.REGULAR, 4, MARCH.date(), MARCH.date(),
                        MARCH.content(), MARCH.purpose()));
    }

    @Test
    void aPlanSentBackNeedsAReasonAndSchedulesNothing() {
        assertThat(field(() -> proposed().decide(false, " ", "sup-1", NOW, 0))).isEqualTo("reason");
        assertThat(field(() -> proposed().decide(null, null, "sup-1", NOW, 0))).isEqualTo("approved");
        RegularCallbackPlan.Decided d = proposed().decide(false, "三月份客户停产检修，请调整日期", "sup-1", NOW, 0);
        assertThat(d.plan().status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(d.plan().reason()).isEqualTo("三月份客户停产检修，请调整日期");
        assertThat(d.scheduled()).isEmpty();
    }

    @Test
    void aDecidedPlanIsNotDecidedAgain() {
        RegularCallbackPlan approved = proposed().decide(true, null, "sup-1", NOW, 0).plan();
        assertThatThrownBy(() -> approved.decide(false, "改期", "sup-2", NOW, 0)).isInstanceOf(RuleBroken.class);
        RegularCallbackPlan returned = proposed().decide(false, "改期", "sup-1", NOW, 0).plan();
        assertThatThrownBy(() -> returned.decide(true, null, "sup-1", NOW, 0)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void badEntriesAreRefusedNamingTheEntryAndItsField() {
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", List.of(), TODAY, "a", NOW)))
                .isEqualTo("entries");
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", null, TODAY, "a", NOW))).isEqualTo("entries");
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", List.of(JANUARY,
                new RegularCallbackPlan.Entry(TODAY.minusDays(1), "回访", "目的")), TODAY, "a", NOW)))
                .isEqualTo("entries[1].date");
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", List.of(
                new RegularCallbackPlan.Entry(TODAY, " ", "目的")), TODAY, "a", NOW))).isEqualTo("entries[0].content");
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", List.of(
                new RegularCallbackPlan.Entry(TODAY, "回访", "很".repeat(501))), TODAY, "a", NOW)))
                .isEqualTo("entries[0].purpose");
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", Arrays.asList(JANUARY, null), TODAY, "a",
                NOW))).isEqualTo("entries[1].date");
        RegularCallbackPlan.Entry[] many = new RegularCallbackPlan.Entry[RegularCallbackPlan.MAX_ENTRIES + 1];
        Arrays.fill(many, JANUARY);
        assertThat(field(() -> RegularCallbackPlan.propose("p", "cp", List.of(many), TODAY, "a", NOW)))
                .isEqualTo("entries");
    }
}
