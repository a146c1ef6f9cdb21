package hall.callbacks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Business rules stay in plain classes: domain packages import no Spring, JDBC, JSON or web classes. */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target/classes"));

    @Test
    void theServiceClassesWereImported() {
        org.assertj.core.api.Assertions.assertThat(classes.contain("hall.callbacks.projects.domain.Owner")).isTrue();
    }

    @Test
    void domainPackagesUseNoFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..", "hall.eventing..",
                        "hall.security..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                        "..messaging..")
                .check(classes);
    }

    @Test
    void controllersDoNotTouchPersistenceDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(classes);
    }
}
