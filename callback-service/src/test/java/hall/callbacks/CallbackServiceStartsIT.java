package hall.callbacks;

import hall.testsupport.ServiceStartupChecks;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** callback-service starts against real PostgreSQL and Kafka and does what every service must. */
class CallbackServiceStartsIT extends ServiceStartupChecks {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "callback_service");
        TestTokens.register(registry);
    }

    @Override
    protected String ordinaryRole() {
        return "CALLBACK_AGENT";
    }
}
