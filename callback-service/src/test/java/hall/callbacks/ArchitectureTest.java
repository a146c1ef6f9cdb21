package hall.callbacks;

import hall.testsupport.LayeredArchitectureChecks;
import java.util.Set;

/** Business rules stay in plain classes: domain packages import no Spring, JDBC, JSON or web classes. */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.callbacks";
    }

    @Override
    protected String aDomainClass() {
        return "hall.callbacks.projects.domain.Owner";
    }

    /** Projects reads its own system clock until callback-service has a service clock. */
    @Override
    protected Set<String> serviceClock() {
        return Set.of("hall.callbacks.projects.application.Projects");
    }
}
