package hall.surveys;

import hall.testsupport.LayeredArchitectureChecks;

/** Business rules stay in plain classes: domain packages import no Spring, JDBC, JSON or web classes. */
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
