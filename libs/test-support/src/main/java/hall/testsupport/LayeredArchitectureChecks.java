package hall.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture every service keeps, package by feature then layer (see {@link ArchitectureRules}): business
 * rules in {@code ..domain..} stay plain classes and do not reach into the outer layers; controllers do not touch
 * persistence; features form no cycles, meet only through their application API, and {@code shared} uses none of
 * them; no SQL in application classes; the time comes from the service clock. A service's test extends this and
 * names its packages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LayeredArchitectureChecks {

    private JavaClasses classes;

    /** The service's root package, e.g. hall.caseservice. */
    protected abstract String rootPackage();

    /**
     * One class of the service (a domain class where it has one), to prove the classes were found at all; its
     * folder or jar is where the service's classes are read from.
     */
    protected abstract String aDomainClass();

    /**
     * The classes that may read the system clock (fully qualified names). By default the service's
     * {@code <root>.shared.HallClock}.
     */
    protected Set<String> serviceClock() {
        return Set.of(rootPackage() + "." + ArchitectureRules.SHARED + ".HallClock");
    }

    /**
     * Whether the service adopts the rules over violations it already has: true wraps every rule in ArchUnit's
     * {@link FreezingArchRule}, which fails only on violations not recorded in the service's violation store
     * ({@code src/test/resources/archunit_store}, configured in its {@code archunit.properties}); a violation that is
     * fixed drops out of the store. For services that grew before a rule existed; the store lists their debt.
     */
    protected boolean freezesRecordedViolations() {
        return false;
    }

    private void check(ArchRule rule) {
        (freezesRecordedViolations() ? FreezingArchRule.freeze(rule) : rule).check(classes());
    }

    /** The service's own classes: those in the folder or jar of {@link #aDomainClass()}, not its libraries'. */
    private JavaClasses classes() {
        if (classes == null) {
            URL location;
            try {
                location = Class.forName(aDomainClass()).getProtectionDomain().getCodeSource().getLocation();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no class " + aDomainClass(), e);
            }
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importUrl(location).that(JavaClass.Predicates.resideInAPackage(rootPackage() + ".."));
        }
        return classes;
    }

    private Set<String> features() {
        return ArchitectureRules.featuresOf(rootPackage(), classes());
    }

    @Test
    void theServiceClassesWereImported() {
        assertThat(classes().contain(aDomainClass())).isTrue();
    }

    @Test
    void domainPackagesUseNoFrameworks() {
        check(ArchitectureRules.domainUsesNoFrameworks());
    }

    @Test
    void domainDoesNotReachIntoOuterLayers() {
        check(ArchitectureRules.domainDoesNotReachIntoOuterLayers());
    }

    @Test
    void controllersDoNotTouchPersistenceDirectly() {
        check(ArchitectureRules.controllersDoNotTouchPersistence());
    }

    @Test
    void featuresFormNoCycles() {
        check(ArchitectureRules.noCyclesBetweenFeatures(rootPackage()));
    }

    @Test
    void sharedUsesNoFeature() {
        check(ArchitectureRules.sharedImportsNoFeature(rootPackage(), features()));
    }

    @Test
    void featuresMeetOnlyThroughTheirApplicationApi() {
        check(ArchitectureRules.featuresMeetOnlyThroughTheirApplicationApi(rootPackage(), features()));
    }

    @Test
    void applicationClassesRunNoSql() {
        check(ArchitectureRules.noSqlInApplicationClasses());
    }

    @Test
    void timeComesFromTheServiceClock() {
        check(ArchitectureRules.timeOnlyFromTheServiceClock(new java.util.TreeSet<>(serviceClock())));
    }
}
