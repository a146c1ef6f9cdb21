package hall.callbacks.visits.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintVisitTest {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    static final Visit RAISED_ON = Visit.plan("v1", "P01", "o1", null, VisitKind.PERIODIC, VisitMethod.FACE_TO_FACE,
            VisitStatus.DONE, LocalDate.of(2026, 11, 20), LocalTime.of(10, 0), "定期走访", "听取意见", null, NOW);

    @Test
    void theOwnerWhoRaisedTheComplaintIsCalledOnTheDueDayAtTheirPreferredTime() {
        Visit v = ComplaintVisit.of("v2", "c1", "已更换维修人员并上门致歉", RAISED_ON, true, "晚上7点后",
                LocalDate.of(2026, 11, 30), VisitPlannerTest.TIMING, NOW);
        assertThat(v.kind()).isEqualTo(VisitKind.COMPLAINT);
        assertThat(v.status()).as("released at once").isEqualTo(VisitStatus.PLANNED);
        assertThat(v.projectCode()).isEqualTo("P01");
        assertThat(v.ownerId()).isEqualTo("o1");
        assertThat(v.planId()).isNull();
        assertThat(v.plannedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(v.plannedAt()).isEqualTo(LocalTime.of(19, 0));
        assertThat(v.method()).isEqualTo(VisitMethod.PHONE);
        assertThat(v.sourceRef()).as("one per complaint").isEqualTo("complaint:c1");
        assertThat(v.content()).isEqualTo("投诉回访：已更换维修人员并上门致歉");
    }

    @Test
    void anOwnerWithoutContactConsentIsVisitedFaceToFaceOutsideTheQuietHours() {
        Visit v = ComplaintVisit.of("v2", "c1", "已处理", RAISED_ON, false, "中午12:30", LocalDate.of(2026, 11, 30),
                VisitPlannerTest.TIMING, NOW);
        assertThat(v.method()).isEqualTo(VisitMethod.FACE_TO_FACE);
        assertThat(v.plannedAt()).as("the noon rest ends at 14:00").isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aLongOutcomeIsShortenedToTheVisitsContentLimit() {
        Visit v = ComplaintVisit.of("v2", "c1", "很".repeat(800), RAISED_ON, true, null, LocalDate.of(2026, 11, 30),
                VisitPlannerTest.TIMING, NOW);
        assertThat(v.content()).hasSize(Visit.MAX_TEXT).startsWith("投诉回访：很").endsWith("…");
        assertThat(v.plannedAt()).isEqualTo(LocalTime.of(10, 0));
    }
}
