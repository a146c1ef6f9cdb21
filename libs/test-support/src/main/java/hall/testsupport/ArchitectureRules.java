package hall.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture rules every service keeps, as ArchUnit rules over a service's root package. A service is cut by
 * feature first ({@code <root>.cases}, {@code <root>.clocks}), then by layer inside a feature ({@code domain},
 * {@code application}, {@code persistence}, {@code web}, {@code messaging}); {@code <root>.shared} holds what every
 * feature uses. {@link LayeredArchitectureChecks} runs them all for a service; the tests of this library run each
 * on a planted violation, so a rule that stops finding anything fails its own test. Rules are checked on the
 * service's own classes only; {@code features} are the feature packages found among them
 * ({@link #featuresOf(String, JavaClasses)}).
 */
public final class ArchitectureRules {

    /** The package of the cross-cutting classes of a service, below its root. */
    public static final String SHARED = "shared";

    /** The layers of a feature other features may use: its application API and the domain values it returns. */
    public static final Set<String> FEATURE_API = Set.of("application", "domain");

    private static final Set<String> CLOCK_READ_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private ArchitectureRules() {
    }

    /** Business rules stay plain classes: no Spring, JDBC, JSON, web, Kafka or platform libraries. */
    public static ArchRule domainUsesNoFrameworks() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..", "hall.eventing..",
                        "hall.security..", "org.apache.kafka..")
                .allowEmptyShould(true);
    }

    /** The domain does not reach into the layers around it. */
    public static ArchRule domainDoesNotReachIntoOuterLayers() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..",
                        "..messaging..")
                .allowEmptyShould(true);
    }

    /** Controllers go through the application layer, never straight to persistence. */
    public static ArchRule controllersDoNotTouchPersistence() {
        return noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .allowEmptyShould(true);
    }

    /** Features do not depend on each other in a circle (one may use another, not both ways). */
    public static ArchRule noCyclesBetweenFeatures(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** {@code <root>.shared} is used by the features and uses none of them. */
    public static ArchRule sharedImportsNoFeature(String rootPackage, Set<String> features) {
        String shared = rootPackage + "." + SHARED;
        return noClasses().that().resideInAPackage(shared + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature of " + rootPackage,
                        (JavaClass c) -> featureOf(rootPackage, features, c).filter(f -> !f.equals(SHARED)).isPresent()))
                .allowEmptyShould(true);
    }

    /**
     * A feature uses another feature only through that feature's application API (and the domain values it
     * returns): never its repositories, controllers or listeners.
     */
    public static ArchRule featuresMeetOnlyThroughTheirApplicationApi(String rootPackage, Set<String> features) {
        return classes()
                .that().resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<JavaClass>("reach other features only through their "
                        + String.join(" or ", FEATURE_API.stream().sorted().toList()) + " packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = featureOf(rootPackage, features, origin);
                        if (own.isEmpty()) {
                            return;
                        }
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            Optional<String> target = featureOf(rootPackage, features, d.getTargetClass());
                            if (target.isEmpty() || target.get().equals(own.get()) || target.get().equals(SHARED)) {
                                continue;
                            }
                            String layer = layerOf(rootPackage, d.getTargetClass());
                            if (!FEATURE_API.contains(layer)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** Application services coordinate; SQL lives in persistence classes. */
    public static ArchRule noSqlInApplicationClasses() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                        "javax.sql..")
                .allowEmptyShould(true);
    }

    /**
     * The time comes from the service clock only, so that tests can set it and there is one place to read it:
     * nothing else calls {@code Instant.now()}, {@code LocalDate.now()} (or another {@code java.time} type's
     * {@code now}) or {@code Clock.systemUTC()}.
     *
     * @param serviceClock the fully qualified names of the classes that may read the system clock
     */
    public static ArchRule timeOnlyFromTheServiceClock(Set<String> serviceClock) {
        return noClasses().that(DescribedPredicate.describe("are not the service clock " + serviceClock,
                        (JavaClass c) -> !serviceClock.contains(c.getName())
                                && !serviceClock.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethodWhere(DescribedPredicate.describe("read the system clock",
                        (JavaAccess<?> call) -> readsSystemClock(call)))
                .allowEmptyShould(true);
    }

    private static boolean readsSystemClock(JavaAccess<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (CLOCK_READ_TYPES.contains(owner) && name.equals("now"))
                || (owner.equals("java.time.Clock") && name.startsWith("system"));
    }

    /**
     * The feature a class belongs to: the first package below the root when the service has such a feature; empty
     * for the root package and for other modules' packages below the root (an event contract's
     * {@code hall.deadlines.events} is not a feature of deadline-service).
     */
    static Optional<String> featureOf(String rootPackage, Set<String> features, JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(rootPackage + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot)).filter(features::contains);
    }

    /** The features of a service: the first packages below its root that hold some of the given classes. */
    public static Set<String> featuresOf(String rootPackage, JavaClasses classes) {
        Set<String> features = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(rootPackage + ".")) {
                String rest = pkg.substring(rootPackage.length() + 1);
                int dot = rest.indexOf('.');
                features.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return features;
    }

    /** The layer of a class inside its feature: the second package below the root, empty when it has none. */
    static String layerOf(String rootPackage, JavaClass c) {
        String rest = c.getPackageName().substring(rootPackage.length() + 1);
        String[] parts = rest.split("\\.");
        return parts.length < 2 ? "" : parts[1];
    }
}
