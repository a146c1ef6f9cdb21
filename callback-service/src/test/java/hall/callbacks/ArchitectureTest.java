package hall.callbacks;

import hall.testsupport.LayeredArchitectureChecks;
import java.util.Set;

/**
 * The shared architecture rules, run on callback-service's classes, with nothing frozen: features meet through
 * their application APIs (the problem loop asks the callbacks through its {@code ProblemCallbacks} port), and the
 * working-day calendar is a shared remote service.
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
}
