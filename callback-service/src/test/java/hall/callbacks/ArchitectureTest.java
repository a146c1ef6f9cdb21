package hall.callbacks;

import hall.testsupport.LayeredArchitectureChecks;
import java.util.Set;

/**
 * The shared architecture rules, run on callback-service's classes. The service grew its callback loop before the
 * feature-boundary rules existed: its recorded violations (problems and tasks reach each other's persistence and
 * form a cycle) are listed in {@code src/test/resources/archunit_store}; any new violation fails.
 */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.callbacks";
    }

    @Override
    protected String aDomainClass() {
        return "hall.callbacks.projects.domain.Owner";
    }

    /** The application class defines the service's Clock bean; Projects still reads its own. */
    @Override
    protected Set<String> serviceClock() {
        return Set.of("hall.callbacks.CallbackServiceApplication", "hall.callbacks.projects.application.Projects");
    }

    @Override
    protected boolean freezesRecordedViolations() {
        return true;
    }
}
