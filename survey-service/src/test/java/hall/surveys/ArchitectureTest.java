package hall.surveys;

import hall.testsupport.LayeredArchitectureChecks;
import java.util.Set;

/** The shared architecture rules, run on survey-service's classes, every one of them plain (nothing frozen). */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.surveys";
    }

    @Override
    protected String aDomainClass() {
        return "hall.surveys.questionnaires.domain.Questionnaire";
    }

    /** The application class defines the service's Clock bean; the settings read today's date from that clock. */
    @Override
    protected Set<String> serviceClock() {
        return Set.of("hall.surveys.shared.HallClock", "hall.surveys.SurveyServiceApplication",
                "hall.surveys.shared.config.SurveySettings");
    }
}
