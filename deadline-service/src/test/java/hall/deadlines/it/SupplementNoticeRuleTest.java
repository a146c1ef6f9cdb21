package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.HandlingCategory;
import hall.cases.events.MissingItem;
import hall.cases.events.SupplementRequested;
import hall.deadlines.events.SupplementNoticePeriodLapsed;
import hall.deadlines.supplement.application.SupplementNoticeChecks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SupplementNoticeRuleTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant RECEIVED = LocalDateTime.parse("2025-09-26T16:30").atZone(SHANGHAI).toInstant();

    @Autowired
    SupplementNoticeChecks supplementNotices;

    private String submit() {
        String caseId = "sup-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseSubmitted.TYPE, new CaseSubmitted(caseId, "M01", HandlingCategory.PROMISED, "W01",
                "D01", RECEIVED, List.of(), "contact"));
        return caseId;
    }

    private boolean checkIs(String caseId, String state) {
        return jdbc.sql("select count(*) from supplement_notice_check where case_id = :c and state = :s")
                .param("c", caseId).param("s", state).query(Integer.class).single() == 1;
    }

    @Test
    void periodLapsesOnceWhenNeitherNoticeNorAcceptanceFollows() {
        String silent = submit();
        String noticed = submit();
        String accepted = submit();
        publishCaseEvent(noticed, SupplementRequested.TYPE, new SupplementRequested(noticed, "n1", "W01",
                List.of(new MissingItem("ID", "身份证", "identity")), RECEIVED.plusSeconds(3600)));
        publishCaseEvent(accepted, CaseAccepted.TYPE, new CaseAccepted(accepted, "M01", "m", HandlingCategory.PROMISED,
                "W01", "D01", RECEIVED.plusSeconds(7200), 5, 20, 30, List.of(), "h", "c", true, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> checkIs(silent, "PENDING")
                && checkIs(noticed, "RESOLVED") && checkIs(accepted, "RESOLVED"));

        // the 5th working day after 2025-09-26 is 2025-10-10: nothing lapses during it
        supplementNotices.publishLapsed(LocalDateTime.parse("2025-10-10T23:59").atZone(SHANGHAI).toInstant());
        assertThat(checkIs(silent, "PENDING")).isTrue();

        // two instances run the job at once: still one event
        Instant after = LocalDateTime.parse("2025-10-11T00:00").atZone(SHANGHAI).toInstant();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> supplementNotices.publishLapsed(after));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> supplementNotices.publishLapsed(after));
        a.join();
        b.join();
        supplementNotices.publishLapsed(after.plusSeconds(86_400));

        assertThat(outboxCount(silent, SupplementNoticePeriodLapsed.TYPE)).isEqualTo(1);
        assertThat(outboxCount(noticed, SupplementNoticePeriodLapsed.TYPE)).isZero();
        assertThat(outboxCount(accepted, SupplementNoticePeriodLapsed.TYPE)).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> published(silent, SupplementNoticePeriodLapsed.TYPE).size() == 1);
        var lapsed = published(silent, SupplementNoticePeriodLapsed.TYPE).get(0).data();
        assertThat(lapsed.get("receivedOn").asString()).isEqualTo("2025-09-26");
        assertThat(lapsed.get("receivedAt").asString()).isEqualTo(RECEIVED.toString());
    }
}
