package hall.surveys;

import hall.testsupport.ServiceStartupChecks;

/** survey-service starts against real PostgreSQL and Kafka and does what every service must. */
class SurveyServiceStartsIT extends ServiceStartupChecks implements SurveyServiceInfrastructure {

    @Override
    protected String ordinaryRole() {
        return "PROPERTY_MANAGER";
    }
}
