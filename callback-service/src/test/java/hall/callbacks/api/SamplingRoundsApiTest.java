package hall.callbacks.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.SamplingRoundDrawn;
import hall.callbacks.rounds.domain.Candidate;
import hall.callbacks.rounds.domain.SamplingDraw;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Weekly sampling rounds through the API: the draw per window, exclusions, one round per week, bad input. */
class SamplingRoundsApiTest extends ApiTestBase {

    @Test
    void aRoundDrawsEveryWindowReproduciblyExcludesAndRefusesASecondRoundOfTheWeek() throws Exception {
        Instant march = Instant.parse("2025-03-03T02:00:00Z");
        List<String> consenting = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            consenting.add(hallCase("W-RND-A", march.plusSeconds(i * 60L), true));
        }
        all.addAll(consenting);
        for (int i = 0; i < 5; i++) {
            all.add(hallCase("W-RND-A", march.plusSeconds(3600 + i * 60L), false));
        }
        List<String> small = List.of(hallCase("W-RND-B", march, true), hallCase("W-RND-B", march, true));
        all.addAll(small);
        awaitFrame(all);

        Answer drawn = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("week", "2025-W10", "sampleSize", 10,
                "seed", 123)));

        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        JsonNode a = window(drawn.json(), "W-RND-A");
        assertThat(a.get("frameSize").asInt()).isEqualTo(30);
        assertThat(a.get("eligible").asInt()).isEqualTo(25);
        assertThat(a.get("excluded").get("NO_CONSENT").asInt()).isEqualTo(5);
        assertThat(drawn.json().get("seed").asLong()).isEqualTo(123);
        assertThat(drawn.json().get("month").asString()).isEqualTo("2025-03");
        List<String> drawnIds = new ArrayList<>();
        a.get("tasks").forEach(t -> drawnIds.add(t.get("caseId").asString()));
        // the same seed and frame give the same draw as the rule computed on its own
        List<Candidate> frame = consenting.stream().map(id -> new Candidate(id, "case:" + id, null, true)).toList();
        assertThat(drawnIds).containsExactlyInAnyOrderElementsOf(SamplingDraw.draw("W-RND-A", frame, Set.of(),
                new SamplingDraw.RecentlyCalled(Set.of(), Set.of()), 10, 123).drawn().stream()
                .map(Candidate::caseId).toList());
        assertThat(window(drawn.json(), "W-RND-B").get("tasks")).hasSize(2);
        String roundId = drawn.json().get("id").asString();
        assertThat(get("/api/sampling-rounds/" + roundId, SUPERVISOR).json()).isEqualTo(drawn.json());
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, roundId, SamplingRoundDrawn.TYPE).data()
                .get("seed").asLong()).isEqualTo(123);

        long rounds = count("sampling_round");
        long tasks = count("callback_task");
        Answer again = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("week", "2025-W10")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(count("sampling_round")).isEqualTo(rounds);
        assertThat(count("callback_task")).isEqualTo(tasks);

        // the next week samples the same month without the cases drawn already; the seed is generated
        Answer next = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("week", "2025-W11", "sampleSize", 100)));
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        JsonNode a2 = window(next.json(), "W-RND-A");
        assertThat(a2.get("excluded").get("ALREADY_DRAWN").asInt()).isEqualTo(10);
        assertThat(a2.get("eligible").asInt()).isEqualTo(15);
        List<String> second = new ArrayList<>();
        a2.get("tasks").forEach(t -> second.add(t.get("caseId").asString()));
        assertThat(second).hasSize(15).doesNotContainAnyElementsOf(drawnIds);
        assertThat(window(next.json(), "W-RND-B").get("tasks")).isEmpty();
    }

    @Test
    void badInputAndOtherRolesAreRefusedWithoutStoringARound() throws Exception {
        long rounds = count("sampling_round");
        Map<String, Object> bad = new HashMap<>();
        bad.put("week", "2024-W48");
        bad.put("sampleSize", 0);

        Answer zero = post("/api/sampling-rounds", SUPERVISOR, json(bad));
        bad.put("sampleSize", 1001);
        Answer tooMany = post("/api/sampling-rounds", SUPERVISOR, json(bad));
        Answer badWeek = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("week", "2024-48")));
        Answer noWeek = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("sampleSize", 5)));
        Answer agent = post("/api/sampling-rounds", AGENT, json(Map.of("week", "2024-W48")));
        Answer unknown = get("/api/sampling-rounds/" + UUID.randomUUID(), SUPERVISOR);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("sampleSize");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(badWeek.status()).isEqualTo(400);
        assertThat(badWeek.json().get("errors").get(0).get("field").asString()).isEqualTo("week");
        assertThat(noWeek.status()).isEqualTo(400);
        assertThat(agent.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(count("sampling_round")).isEqualTo(rounds);
    }
}
