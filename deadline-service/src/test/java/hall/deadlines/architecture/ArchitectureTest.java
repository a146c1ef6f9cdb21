package hall.deadlines.architecture;

import hall.testsupport.LayeredArchitectureChecks;
import java.util.Set;

/** The shared architecture rules, run on deadline-service's classes. */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.deadlines";
    }

    @Override
    protected String aDomainClass() {
        return "hall.deadlines.clocks.domain.DeadlineClock";
    }

    /** The java.time.Clock bean every class reads the time from. */
    @Override
    protected Set<String> serviceClock() {
        return Set.of("hall.deadlines.shared.HallSettings");
    }
}
