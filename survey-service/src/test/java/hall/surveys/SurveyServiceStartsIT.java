package hall.surveys;

import hall.testsupport.BadInputChecks;
import hall.testsupport.ServiceStartupChecks;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * survey-service starts against real PostgreSQL and Kafka and does what every service must, including refusing
 * bad values at every write operation (none yet: that check is skipped saying so).
 */
class SurveyServiceStartsIT extends ServiceStartupChecks implements BadInputChecks {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "survey_service");
        TestTokens.register(registry);
    }

    @Override
    protected String ordinaryRole() {
        return "PROPERTY_MANAGER";
    }
}
