package hall.surveys;

import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database, token issuer and stand-ins for case-service and deadline-service of every integration test of survey-service, declared once so that the startup
 * checks and the API tests share one Spring context (and broker).
 */
public interface SurveyServiceInfrastructure {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "survey_service");
        TestTokens.register(registry);
        registry.add("survey.case-service-url", StubServices::url);
        registry.add("survey.deadline-service-url", StubServices::url);
    }
}
