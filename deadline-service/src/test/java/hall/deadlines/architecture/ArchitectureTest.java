package hall.deadlines.architecture;

import hall.testsupport.LayeredArchitectureChecks;

/** Business rules stay in plain classes: no Spring, JDBC or web types in any domain package. */
class ArchitectureTest extends LayeredArchitectureChecks {

    @Override
    protected String rootPackage() {
        return "hall.deadlines";
    }

    @Override
    protected String aDomainClass() {
        return "hall.deadlines.clocks.domain.DeadlineClock";
    }
}
