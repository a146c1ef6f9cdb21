package hall.deadlines.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Business rules stay in plain classes: no Spring, JDBC or web types in any domain package. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("hall.deadlines");

    @Test
    void domainPackagesAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "hall.eventing..", "hall.security..")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..persistence..", "..web..",
                        "..messaging..")
                .check(classes);
    }
}
