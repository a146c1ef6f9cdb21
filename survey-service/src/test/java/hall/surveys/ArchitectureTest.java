package hall.surveys;

import hall.testsupport.LayeredArchitectureChecks;

/** The shared architecture rules, run on survey-service's classes. */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.surveys";
    }

    @Override
    protected String aDomainClass() {
        return "hall.surveys.questionnaires.domain.Questionnaire";
    }
}
