package org.gluster.restapi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Stream;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.problems.ProblemMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The layers of ARCHITECTURE.md, enforced: base packages know nothing above them, {@code commands}
 * knows no feature, services know no feature, a feature knows no other feature (the volume
 * sub-resources may read {@code volumes.entity}), and no packages form a cycle.
 */
class ArchitectureTest {

    static final String ROOT = "org.gluster.restapi";
    static final List<String> BASE = List.of("validation", "identity", "time", "cli", "state", "settings", "problems", "paging",
            "http");
    static final List<String> COMMANDS = List.of("commands");
    static final List<String> SERVICES = List.of("jobs", "tasks", "events");
    static final List<String> FEATURES = List.of("volumes", "heal", "quota", "profile", "bitrot", "snapshots", "peers",
            "rebalance", "users", "apps", "audit", "security", "limits", "idempotency", "health", "webhooks",
            "plugins", "georep");
    static final List<String> COMPOSITION = List.of("auth", "openapi", "admin");
    static final List<String> VOLUME_SUB_RESOURCES = List.of("heal", "quota", "profile", "bitrot", "rebalance",
            "snapshots", "georep");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void noPackagesFormACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageBelongsToALayer() {
        classes().should().resideInAnyPackage(Stream.concat(Stream.of(ROOT), Stream.of(BASE, COMMANDS, SERVICES,
                FEATURES, COMPOSITION).flatMap(List::stream).map(ArchitectureTest::inside)).toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void basePackagesImportNothingAboveThem() {
        noClasses().that().resideInAnyPackage(packages(BASE)).should().dependOnClassesThat()
                .resideInAnyPackage(packages(COMMANDS, SERVICES, FEATURES, COMPOSITION))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT)
                .check(MAIN);
    }

    @Test
    void commandsKnowNoFeature() {
        noClasses().that().resideInAnyPackage(packages(COMMANDS)).should().dependOnClassesThat()
                .resideInAnyPackage(packages(SERVICES, FEATURES, COMPOSITION)).check(MAIN);
    }

    @Test
    void servicesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(packages(SERVICES)).should().dependOnClassesThat()
                .resideInAnyPackage(packages(FEATURES, COMPOSITION)).check(MAIN);
    }

    @TestFactory
    Stream<DynamicTest> aFeatureKnowsNoOtherFeature() {
        return FEATURES.stream().map(feature -> DynamicTest.dynamicTest(feature, () -> {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(ArchitectureTest::inside)
                    .toArray(String[]::new);
            var elsewhere = resideInAnyPackage(others);
            var allowed = VOLUME_SUB_RESOURCES.contains(feature)
                    ? elsewhere.and(not(resideInAPackage(inside("volumes.entity")))) : elsewhere;
            noClasses().that().resideInAPackage(inside(feature)).should().dependOnClassesThat(
                    allowed.as("are in another feature")).check(MAIN);
        }));
    }

    @Test
    void resourcesOnlyDelegate() {
        noClasses().that().resideInAPackage("..boundary..").should().dependOnClassesThat()
                .resideInAPackage(inside("commands.catalog"))
                .orShould().dependOnClassesThat().belongToAnyOf(GlusterCommand.class, CommandFacade.class)
                .because("a resource builds no argv and runs no CLI: its control does")
                .check(MAIN);
    }

    @Test
    void controlsThrowOnlyTheProjectsExceptions() {
        noClasses().that().resideInAPackage("..control..").should().dependOnClassesThat()
                .areAssignableTo(WebApplicationException.class)
                .because("each failure has one family in problems (or cli, auth), with one mapper each")
                .check(MAIN);
    }

    @Test
    void everyExceptionMapperIsAProblemMapperBeanSoJobFailuresKnowIt() {
        classes().that().areAnnotatedWith(Provider.class).and().areAssignableTo(ExceptionMapper.class)
                .should().beAssignableTo(ProblemMapper.class).andShould().beAnnotatedWith(ApplicationScoped.class)
                .because("Problems collects the ProblemMapper beans to answer a job's failure as a request's")
                .check(MAIN);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal().check(MAIN);
    }

    @Test
    void noImplOrManagerClasses() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .check(MAIN);
    }

    private static String inside(String pkg) {
        return ROOT + "." + pkg + "..";
    }

    @SafeVarargs
    private static String[] packages(List<String>... layers) {
        return Stream.of(layers).flatMap(List::stream).map(ArchitectureTest::inside).toArray(String[]::new);
    }
}
