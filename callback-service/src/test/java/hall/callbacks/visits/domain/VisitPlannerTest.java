package hall.callbacks.visits.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitPlannerTest {

    static final VisitTiming TIMING = new VisitTiming(LocalTime.of(8, 30), LocalTime.of(20, 0), LocalTime.of(12, 0),
            LocalTime.of(14, 0), LocalTime.of(10, 0));
    static final YearMonth JAN = YearMonth.of(2027, 1);

    private static List<VisitPlanner.Household> newProject(int n) {
        return IntStream.range(0, n).mapToObj(i -> new VisitPlanner.Household("o" + i, null, true, null)).toList();
    }

    @Test
    void aHouseholdIsDueWhenNeverVisitedOrWhenItsCycleEndsWithinTheMonth() {
        assertThat(VisitPlanner.due(null, JAN, 3)).isTrue();
        assertThat(VisitPlanner.due(LocalDate.of(2026, 10, 31), JAN, 3)).isTrue();
        assertThat(VisitPlanner.due(LocalDate.of(2026, 10, 15), JAN, 3)).isTrue();
        assertThat(VisitPlanner.due(LocalDate.of(2026, 11, 1), JAN, 3)).as("its cycle ends in February").isFalse();
        assertThat(VisitPlanner.due(LocalDate.of(2026, 12, 20), JAN, 1)).isTrue();
    }

    @Test
    void everyMonthCarriesAboutAThirdAndEveryHouseholdIsVisitedOncePerCycle() {
        VisitPlanner planner = new VisitPlanner(3, TIMING);
        List<VisitPlanner.Household> households = new ArrayList<>(newProject(10));
        Map<String, Integer> visits = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            YearMonth month = JAN.plusMonths(m);
            List<VisitPlanner.PlannedVisit> plan = planner.plan(month, month.atDay(1), households);
            sizes.add(plan.size());
            for (VisitPlanner.PlannedVisit v : plan) {
                visits.merge(v.ownerId(), 1, Integer::sum);
                households.replaceAll(h -> h.ownerId().equals(v.ownerId())
                        ? new VisitPlanner.Household(h.ownerId(), v.date(), true, null) : h);
            }
        }
        assertThat(sizes).as("at most ceil(10 / 3) a month").containsExactly(4, 4, 2, 4, 4, 2);
        assertThat(visits).hasSize(10);
        assertThat(visits.values()).as("once per cycle: twice in six months").allMatch(n -> n == 2);
    }

    @Test
    void theLongestUnvisitedComeFirstAndVisitsAreSpreadOverTheWeekdaysFromTheFirstPlannableDay() {
        List<VisitPlanner.Household> households = List.of(
                new VisitPlanner.Household("recent", LocalDate.of(2026, 12, 1), true, null),
                new VisitPlanner.Household("old", LocalDate.of(2026, 9, 1), true, null),
                new VisitPlanner.Household("older", LocalDate.of(2026, 8, 1), true, null),
                new VisitPlanner.Household("never", null, true, null),
                new VisitPlanner.Household("x1", LocalDate.of(2026, 12, 2), true, null),
                new VisitPlanner.Household("x2", LocalDate.of(2026, 12, 3), true, null));
        List<VisitPlanner.PlannedVisit> plan = new VisitPlanner(3, TIMING).plan(JAN, LocalDate.of(2027, 1, 11),
                households);

        assertThat(plan).extracting(VisitPlanner.PlannedVisit::ownerId).containsExactly("never", "older");
        assertThat(plan).allSatisfy(v -> {
            assertThat(v.date()).isAfterOrEqualTo(LocalDate.of(2027, 1, 11));
            assertThat(v.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(plan.get(0).date()).isBefore(plan.get(1).date());
    }

    @Test
    void ownersAreVisitedAtTheirPreferredTimeOutsideTheQuietHoursAndNotPhonedWhenTheyDoNotWantIt() {
        assertThat(TIMING.timeFor("工作日晚上 19:30-20:00")).isEqualTo(LocalTime.of(19, 30));
        assertThat(TIMING.timeFor("中午12：30以后")).as("noon rest").isEqualTo(LocalTime.of(14, 0));
        assertThat(TIMING.timeFor("22:00")).as("outside the calling hours").isEqualTo(LocalTime.of(10, 0));
        assertThat(TIMING.timeFor(null)).isEqualTo(LocalTime.of(10, 0));
        assertThat(TIMING.timeFor("工作日晚上7点后")).isEqualTo(LocalTime.of(19, 0));
        assertThat(TIMING.timeFor("下午3点半")).isEqualTo(LocalTime.of(15, 30));
        assertThat(TIMING.timeFor("周末上午")).isEqualTo(LocalTime.of(9, 0));
        assertThat(TIMING.timeFor("晚上")).isEqualTo(LocalTime.of(19, 0));

        List<VisitPlanner.PlannedVisit> plan = new VisitPlanner(1, TIMING).plan(JAN, JAN.atDay(1), List.of(
                new VisitPlanner.Household("calls", null, true, "19:00"),
                new VisitPlanner.Household("do-not-call", null, false, null)));
        assertThat(plan).extracting(VisitPlanner.PlannedVisit::method)
                .containsExactly(VisitMethod.PHONE, VisitMethod.FACE_TO_FACE);
        assertThat(plan.get(0).time()).isEqualTo(LocalTime.of(19, 0));
        assertThatThrownBy(() -> new VisitPlanner(0, TIMING)).isInstanceOf(IllegalArgumentException.class);
    }
}
