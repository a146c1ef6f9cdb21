package hall.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering every service keeps, package by feature then layer: business rules in {@code ..domain..} stay
 * plain classes (no Spring, JDBC, JSON, web, Kafka or platform libraries) and do not reach into the outer
 * layers; controllers do not touch persistence directly. A service's test extends this and names its packages.
 */
public abstract class LayeredArchitectureChecks {

    private JavaClasses classes;

    /** The service's root package, e.g. hall.caseservice. */
    protected abstract String rootPackage();

    /** One domain class of the service, to prove the classes were found at all. */
    protected abstract String aDomainClass();

    private JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(rootPackage());
        }
        return classes;
    }

    @Test
    void theServiceClassesWereImported() {
        assertThat(classes().contain(aDomainClass())).isTrue();
    }

    @Test
    void domainPackagesUseNoFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..", "hall.eventing..",
                        "hall.security..", "org.apache.kafka..")
                .check(classes());
    }

    @Test
    void domainDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                        "..messaging..")
                .check(classes());
    }

    @Test
    void controllersDoNotTouchPersistenceDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(classes());
    }
}
