package hall.callbacks;

import hall.testsupport.ServiceStartupChecks;

/** callback-service starts against real PostgreSQL and Kafka and does what every service must. */
class CallbackServiceStartsIT extends ServiceStartupChecks implements CallbackServiceInfrastructure {

    @Override
    protected String ordinaryRole() {
        return "CALLBACK_AGENT";
    }
}
