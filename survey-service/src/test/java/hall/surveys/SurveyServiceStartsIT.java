package hall.surveys;

import hall.testsupport.BadInputChecks;
import hall.testsupport.ServiceStartupChecks;

/**
 * survey-service starts against real PostgreSQL and Kafka and does what every service must, including refusing
 * bad values at every write operation.
 */
class SurveyServiceStartsIT extends ServiceStartupChecks implements SurveyServiceInfrastructure, BadInputChecks {

    @Override
    protected String ordinaryRole() {
        return "PROPERTY_MANAGER";
    }
}
