package nl.vraagwijzer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * Package by feature (STYLE.md): one package per domain area, one shared package for
 * cross-cutting pieces, and the generated contract in {@code api}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.vraagwijzer");

    private static final String SHARED = "nl.vraagwijzer.shared..";
    private static final String API = "nl.vraagwijzer.api..";

    @Test
    void featuresDependNotOnEachOther() {
        slices().matching("nl.vraagwijzer.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage("nl.vraagwijzer.."), resideInAnyPackage(SHARED, API))
                .because("a feature reaches another only through its service API")
                .check(CLASSES);
    }

    @Test
    void sharedKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(SHARED)
                .should()
                .dependOnClassesThat(resideInAPackage("nl.vraagwijzer..").and(not(resideInAnyPackage(SHARED, API))))
                .check(CLASSES);
    }

    @Test
    void generatedContractKnowsNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage(API)
                .should()
                .dependOnClassesThat(resideInAPackage("nl.vraagwijzer..").and(not(resideInAPackage(API))))
                .check(CLASSES);
    }

    @Test
    void resourcesGoThroughServices() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .because("transactions and rules live in services (STYLE.md point 3)")
                .check(CLASSES);
    }

    @Test
    void resourcesImplementTheContract() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                // the HSDS view follows openapi/hsds.yaml, whose schemas are the standard's (ADR 0015):
                // HsdsTest checks its paths against that contract and every answer against those schemas
                .and()
                .doNotHaveSimpleName("HsdsResource")
                .should()
                .implement(resideInAPackage("nl.vraagwijzer.api"))
                .because("the contract in openapi/ is the source of truth; resources implement its interfaces")
                .check(CLASSES);
    }

    @Test
    void entitiesStayInTheirFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(SHARED, API)
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "entities of a feature",
                        type -> type.isAnnotatedWith(Entity.class)
                                && !type.getPackageName().startsWith("nl.vraagwijzer.shared")))
                .check(CLASSES);
    }
}
