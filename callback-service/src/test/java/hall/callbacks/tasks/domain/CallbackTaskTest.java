package hall.callbacks.tasks.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackTaskTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final CallingHours HOURS = new CallingHours(LocalTime.of(8, 30), LocalTime.of(20, 0));
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static CallbackTask task() {
        return CallbackTask.open("t1", TaskKind.ROUND, "round-case:c1", "r1", "c1", "case:c1", null, "W01", "D01",
                LocalDate.of(2026, 11, 29), NOW.minusSeconds(7 * 86400));
    }

    private static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2026, 11, day).atTime(hour, minute).atZone(HALL).toInstant();
    }

    private static CallbackTask.Change call(CallbackTask t, AttemptResult r, Instant at) {
        return t.attempt(r, at, "agent-1", null, NOW, HALL, HOURS);
    }

    static Outcome outcome(Rating overall) {
        Map<Dimension, Rating> answers = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            answers.put(d, Rating.SATISFIED);
        }
        answers.put(Dimension.OVERALL, overall);
        return new Outcome(answers, null, null);
    }

    @Test
    void threeUnansweredCallsOnThreeDaysMakeATaskUnreachableAndAnnounceIt() {
        CallbackTask.Change first = call(task(), AttemptResult.NO_ANSWER, at(25, 9, 0));
        CallbackTask.Change second = call(first.task(), AttemptResult.BUSY, at(26, 9, 0));
        CallbackTask.Change third = call(second.task(), AttemptResult.NO_ANSWER, at(27, 19, 59));

        assertThat(first.task().status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(first.event()).isEmpty();
        assertThat(second.task().status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(third.task().status()).isEqualTo(TaskStatus.UNREACHABLE);
        assertThat(third.task().attempts()).extracting(Attempt::number).containsExactly(1, 2, 3);
        assertThat(third.event()).get().satisfies(e -> assertThat(e.result()).isEqualTo("UNREACHABLE"));
    }

    @Test
    void aSecondCallOnTheSameDayOutsideTheHoursOrInTheFutureIsRefused() {
        CallbackTask once = call(task(), AttemptResult.NO_ANSWER, at(25, 9, 0)).task();

        assertThatThrownBy(() -> call(once, AttemptResult.BUSY, at(25, 18, 0))).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> call(once, AttemptResult.BUSY, at(26, 20, 0))).isInstanceOf(RuleBroken.class)
                .extracting("field").isEqualTo("attemptedAt");
        assertThatThrownBy(() -> call(once, AttemptResult.BUSY, at(26, 8, 29))).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> call(once, AttemptResult.BUSY, NOW.plusSeconds(1))).isInstanceOf(BadField.class);
        assertThatThrownBy(() -> call(once, AttemptResult.BUSY, at(24, 9, 0))).isInstanceOf(BadField.class);
        assertThat(call(once, AttemptResult.BUSY, at(26, 8, 30)).task().attempts()).hasSize(2);
    }

    @Test
    void aWrongNumberOrARefusalEndsTheCallingAtOnce() {
        assertThat(call(task(), AttemptResult.WRONG_NUMBER, at(25, 9, 0)).task().status())
                .isEqualTo(TaskStatus.UNREACHABLE);
        CallbackTask.Change refused = call(task(), AttemptResult.REFUSED, at(25, 9, 0));
        assertThat(refused.task().status()).isEqualTo(TaskStatus.REFUSED);
        assertThat(refused.event()).get().satisfies(e -> assertThat(e.result()).isEqualTo("REFUSED"));
        assertThatThrownBy(() -> call(refused.task(), AttemptResult.REACHED, at(26, 9, 0)))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void aReachedPersonIsAnsweredOnceWithEverySixDimensions() {
        CallbackTask reached = call(task(), AttemptResult.REACHED, at(25, 9, 0)).task();
        CallbackTask.Change answered = reached.answer(outcome(Rating.UNSATISFIED), "agent-1", NOW);

        assertThat(answered.task().status()).isEqualTo(TaskStatus.ANSWERED);
        assertThat(answered.task().outcome().unsatisfied()).containsExactly(Dimension.OVERALL);
        assertThat(answered.event()).get().satisfies(e -> {
            assertThat(e.answers()).hasSize(6).containsEntry("OVERALL", "UNSATISFIED");
            assertThat(e.result()).isEqualTo("REACHED");
        });
        assertThatThrownBy(() -> answered.task().answer(outcome(Rating.SATISFIED), "agent-1", NOW))
                .isInstanceOf(CallbackTask.AlreadyAnswered.class);
        assertThatThrownBy(() -> task().answer(outcome(Rating.SATISFIED), "agent-1", NOW))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void anOutcomeNamesTheFirstMissingDimension() {
        Map<Dimension, Rating> answers = new EnumMap<>(Dimension.class);
        answers.put(Dimension.SERVICE_ATTITUDE, Rating.SATISFIED);

        assertThatThrownBy(() -> new Outcome(answers, null, null)).isInstanceOf(BadField.class)
                .extracting("field").isEqualTo("answers.EFFICIENCY");
        assertThatThrownBy(() -> new Outcome(outcome(Rating.SATISFIED).answers(), "x".repeat(2001), null))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("comments");
    }
}
