package hall.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a small planted violation (in {@code hall.testsupport.planted.<rule>}) and passes
 * on a planted service that keeps every rule, so a rule that stops finding anything fails here.
 */
class ArchitectureRulesTest {

    private static final String PLANTED = "hall.testsupport.planted.";

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private static JavaClasses planted(String name) {
        return IMPORTED.computeIfAbsent(name, n -> new ClassFileImporter().importPackages(PLANTED + n));
    }

    /** Checks the rule, built for the planted package's root and features, on that package. */
    private static void check(String name, Function<Layout, ArchRule> rule) {
        JavaClasses classes = planted(name);
        String root = PLANTED + name;
        rule.apply(new Layout(root, ArchitectureRules.featuresOf(root, classes))).check(classes);
    }

    private record Layout(String root, Set<String> features) {
    }

    private static void failsOnlyOnItsViolation(String violation, Function<Layout, ArchRule> rule, String offender) {
        assertThatCode(() -> check("clean", rule)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(violation, rule)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED + violation + "." + offender);
    }

    @Test
    void aCycleBetweenFeaturesIsFound() {
        failsOnlyOnItsViolation("cycle", l -> ArchitectureRules.noCyclesBetweenFeatures(l.root()),
                "alpha.application.Orders");
    }

    @Test
    void sharedImportingAFeatureIsFound() {
        failsOnlyOnItsViolation("sharedimport", l -> ArchitectureRules.sharedImportsNoFeature(l.root(), l.features()),
                "shared.Formats");
    }

    @Test
    void aFeatureReachingAnotherFeaturesRepositoryIsFound() {
        failsOnlyOnItsViolation("backdoor",
                l -> ArchitectureRules.featuresMeetOnlyThroughTheirApplicationApi(l.root(), l.features()),
                "beta.persistence.StockTable");
    }

    @Test
    void sqlInAnApplicationClassIsFound() {
        failsOnlyOnItsViolation("sql", l -> ArchitectureRules.noSqlInApplicationClasses(), "alpha.application.Orders");
    }

    @Test
    void readingTheSystemClockOutsideTheServiceClockIsFound() {
        failsOnlyOnItsViolation("time",
                l -> ArchitectureRules.timeOnlyFromTheServiceClock(Set.of(PLANTED + "clean.shared.HallClock")),
                "alpha.application.Orders");
    }

    @Test
    void theServiceClockItselfMayReadTheSystemClock() {
        assertThatThrownBy(() -> check("clean", l -> ArchitectureRules.timeOnlyFromTheServiceClock(Set.of())))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.time.Instant.now()");
    }

    @Test
    void aFrameworkInTheDomainIsFound() {
        failsOnlyOnItsViolation("framework", l -> ArchitectureRules.domainUsesNoFrameworks(), "alpha.domain.Order");
    }

    /** Another module's package below the root (hall.deadlines.events in deadline-service) is not a feature. */
    @Test
    void aPackageThatIsNoFeatureOfTheServiceIsNotChecked() {
        JavaClasses classes = planted("backdoor");
        assertThatCode(() -> ArchitectureRules.featuresMeetOnlyThroughTheirApplicationApi(PLANTED + "backdoor",
                Set.of("alpha")).check(classes)).doesNotThrowAnyException();
    }
}
