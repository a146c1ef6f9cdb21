package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CalendarApiTest extends IntegrationTestBase {

    private static final String CN = "/api/calendars/CN";

    @Test
    void fiveWorkingDaysAfterTheTwentySixthOfSeptember2025IsTheTenthOfOctober() {
        Answer answer = get(CN + "/working-days?from=2025-09-26&days=5", clerk("W01"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("date").asString()).isEqualTo("2025-10-10");
        assertThat(answer.json().get("provisional").asBoolean()).isFalse();

        Answer count = get(CN + "/working-days/count?from=2025-09-26&to=2025-10-10", clerk("W01"));
        assertThat(count.json().get("workingDays").asInt()).isEqualTo(5);
    }

    @Test
    void dayQueryTellsWhetherAndWhy() {
        JsonNode makeUp = get(CN + "/days/2025-09-28", clerk("W01")).json();
        assertThat(makeUp.get("working").asBoolean()).isTrue();
        assertThat(makeUp.get("kind").asString()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(makeUp.get("holiday").asString()).isEqualTo("国庆节、中秋节");
        JsonNode holiday = get(CN + "/days/2025-10-08", clerk("W01")).json();
        assertThat(holiday.get("working").asBoolean()).isFalse();
        assertThat(holiday.get("kind").asString()).isEqualTo("HOLIDAY");
    }

    @Test
    void aYearStoredByAnotherInstanceIsAnsweredAtOnce() {
        String day = CN + "/days/2031-03-03"; // a Monday in a year no schedule covers
        assertThat(get(day, clerk("W01")).json().get("working").asBoolean()).isTrue();
        // another instance's correction, committed straight into the shared database
        jdbc.sql("""
                insert into calendar_year (region, year, schedule, source, loaded_at)
                values ('CN', 2031, cast(:schedule as jsonb), 'ADMIN', now())
                """).param("schedule", "{\"region\":\"CN\",\"year\":2031,"
                        + "\"daysOff\":[{\"date\":\"2031-03-03\",\"holiday\":\"调整\"}],\"workingDays\":[]}")
                .update();
        try {
            JsonNode corrected = get(day, clerk("W01")).json();
            assertThat(corrected.get("working").asBoolean()).isFalse();
            assertThat(corrected.get("holiday").asString()).isEqualTo("调整");
        } finally {
            jdbc.sql("delete from calendar_year where region = 'CN' and year = 2031").update();
        }
        assertThat(get(day, clerk("W01")).json().get("working").asBoolean()).isTrue();
    }

    @Test
    void unknownRegionIsNotFound() {
        Answer answer = get("/api/calendars/XX/days/2025-09-28", clerk("W01"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://hall.example/problems/unknown-region");
        Answer putUnknown = put("/api/calendars/XX/years/2027", ADMIN,
                Map.of("daysOff", List.of(Map.of("date", "2027-01-01", "holiday", "元旦"))));
        assertThat(putUnknown.status()).isEqualTo(404);
        assertThat(get("/api/calendars/XX/years/2027", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void zeroOrNegativeDaysAreRefused() {
        for (String days : List.of("0", "-3")) {
            Answer answer = get(CN + "/working-days?from=2025-09-26&days=" + days, clerk("W01"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("type").asString()).isEqualTo("https://hall.example/problems/validation");
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("days");
        }
        assertThat(get(CN + "/working-days/count?from=2025-10-10&to=2025-09-26", clerk("W01")).status()).isEqualTo(400);
    }

    @Test
    void invalidSchedulesAreRefusedAndChangeNothing() {
        // contradictory: 2025-10-11 both off and a working day; a weekday as make-up day; a date of another year
        Map<String, Object> contradictory = Map.of("region", "CN", "year", 2025,
                "daysOff", List.of(Map.of("date", "2025-10-11", "holiday", "国庆节"),
                        Map.of("date", "2024-12-31", "holiday", "元旦")),
                "workingDays", List.of(Map.of("date", "2025-10-11", "holiday", "国庆节"),
                        Map.of("date", "2025-10-09", "holiday", "国庆节")));
        Answer answer = put(CN + "/years/2025", ADMIN, contradictory);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .contains("daysOff[1].date", "workingDays[0].date", "workingDays[1].date");

        Answer noName = put(CN + "/years/2025", ADMIN,
                Map.of("daysOff", List.of(Map.of("date", "2025-10-01", "holiday", " "))));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("daysOff[0].holiday");

        Answer malformed = put(CN + "/years/2025", ADMIN, "{\"daysOff\": [{\"date\": \"2025-13-45\"");
        assertThat(malformed.status()).as(String.valueOf(malformed)).isEqualTo(400);
        assertThat(malformed.json().has("type")).as(String.valueOf(malformed)).isTrue();
        assertThat(malformed.json().get("type").asString()).isEqualTo("https://hall.example/problems/malformed-json");

        Answer nullEntries = put(CN + "/years/2025", ADMIN,
                "{\"daysOff\": [null, {\"date\": null, \"holiday\": \"元旦\"}], \"workingDays\": [null]}");
        assertThat(nullEntries.status()).as(String.valueOf(nullEntries)).isEqualTo(400);
        assertThat(nullEntries.json().get("errors").findValuesAsString("field"))
                .containsExactly("daysOff[0]", "daysOff[1].date", "workingDays[0]");

        Answer wrongYear = put(CN + "/years/2025", ADMIN, Map.of("year", 2026, "daysOff", List.of()));
        assertThat(wrongYear.status()).isEqualTo(400);

        // the 2025 schedule is untouched
        JsonNode year = get(CN + "/years/2025", ADMIN).json();
        assertThat(year.get("daysOff")).hasSize(28);
        assertThat(year.get("workingDays")).hasSize(5);
        assertThat(get(CN + "/days/2025-10-08", ADMIN).json().get("kind").asString()).isEqualTo("HOLIDAY");
    }

    @Test
    void onlyAnAdminLoadsAYear() {
        Answer answer = put(CN + "/years/2028", SUPERVISOR,
                Map.of("daysOff", List.of(Map.of("date", "2028-01-01", "holiday", "元旦"))));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(get(CN + "/years/2028", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void loadingANewYearCorrectsProvisionalDeadlinesAndPublishesTheChange() {
        String caseId = "cal-" + UUID.randomUUID();
        // accepted on Sunday 2026-12-20 with 10 working days: due in 2027, whose schedule is not loaded yet
        publishCaseEvent(caseId, CaseAccepted.TYPE, new CaseAccepted(caseId, "M-CAL", "户籍登记",
                HandlingCategory.PROMISED, "W01", "D01", Instant.parse("2026-12-20T02:00:00Z"), 10, 20, 30,
                List.of(), "clerk-W01", "contact-1", true, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> !published(caseId, DeadlineStarted.TYPE).isEmpty());
        JsonNode started = published(caseId, DeadlineStarted.TYPE).get(0).data();
        assertThat(started.get("provisional").asBoolean()).isTrue();
        // New Year's Day is off by law before the schedule is published: due Monday 2027-01-04, provisionally
        assertThat(started.get("dueAt").asString()).isEqualTo("2027-01-04T15:59:59Z");
        assertThat(get("/api/deadlines/" + caseId, clerk("W01")).json().get("clocks").get(0).get("provisional")
                .asBoolean()).isTrue();
        JsonNode newYear = get(CN + "/days/2027-01-01", clerk("W01")).json();
        assertThat(newYear.get("working").asBoolean()).isFalse();
        assertThat(newYear.get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(newYear.get("holiday").asString()).isEqualTo("元旦");
        assertThat(newYear.get("scheduleLoaded").asBoolean()).isFalse();
        assertThat(get(CN + "/days/2027-02-05", clerk("W01")).json().get("holiday").asString()).isEqualTo("春节");

        // the State Council's schedule (here a hypothetical one bridging Monday 2027-01-04) corrects it
        Answer loaded = put(CN + "/years/2027", ADMIN, Map.of("region", "CN", "year", 2027,
                "daysOff", List.of(Map.of("date", "2027-01-01", "holiday", "元旦"),
                        Map.of("date", "2027-01-04", "holiday", "元旦")),
                "workingDays", List.of()));
        assertThat(loaded.status()).isEqualTo(200);
        assertThat(loaded.json().get("deadlinesChanged").asInt()).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> !published(caseId, DeadlineChanged.TYPE).isEmpty());
        JsonNode changed = published(caseId, DeadlineChanged.TYPE).get(0).data();
        assertThat(changed.get("cause").asString()).isEqualTo("CALENDAR");
        assertThat(changed.get("previousDueAt").asString()).isEqualTo("2027-01-04T15:59:59Z");
        assertThat(changed.get("dueAt").asString()).isEqualTo("2027-01-05T15:59:59Z");
        assertThat(changed.get("provisional").asBoolean()).isFalse();
        JsonNode clock = get("/api/deadlines/" + caseId, clerk("W01")).json().get("clocks").get(0);
        assertThat(clock.get("dueOn").asString()).isEqualTo("2027-01-05");
        assertThat(clock.get("provisional").asBoolean()).isFalse();
    }
}
