package hall.caseservice.api;

import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseTopics;
import hall.testsupport.BadInputChecks;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** Generated bad values at every write operation of the API document: 4xx problem details, nothing stored or published. */
class BadInputPropertyTest extends ApiTestBase implements BadInputChecks {

    /**
     * The checks compare every table's row count before and after each bad request, so the notices of the cases the
     * earlier tests moved on must have arrived first (the notice consumer writes applicant_notice on its own time).
     */
    @BeforeEach
    void earlierTestsNoticesHaveArrived() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                select not exists (select 1 from outbox_event o
                                   where o.published_at is null
                                      or (o.topic = :topic and not exists (select 1 from processed_event p
                                          where p.consumer = 'case-service.applicant-notices'
                                            and p.event_id = o.event_id::text)))
                """).param("topic", CaseTopics.NOTIFICATION_REQUESTS).query(Boolean.class).single());
    }
}
