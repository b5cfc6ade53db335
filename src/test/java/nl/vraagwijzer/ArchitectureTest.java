package nl.vraagwijzer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Package by feature (STYLE.md, ADR 0019): one package per domain area, one shared package for
 * cross-cutting pieces whose sub-packages form no loop, and the generated contract in {@code api}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.vraagwijzer");

    private static final String SHARED = "nl.vraagwijzer.shared..";
    private static final String API = "nl.vraagwijzer.api..";

    @Test
    void featuresDependNotOnEachOther() {
        featuresLosVanElkaar("nl.vraagwijzer").check(CLASSES);
    }

    /** A feature reaches another only through the ports in shared (and the generated contract). */
    static ArchRule featuresLosVanElkaar(String basis) {
        return slices().matching(basis + ".(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage(basis + ".."),
                        resideInAnyPackage(basis + ".shared..", basis + ".api.."))
                .because("a feature reaches another only through the ports in shared");
    }

    static ArchRule geenKringInShared(String basis) {
        return slices().matching(basis + ".shared.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a newcomer reads shared bottom-up; a loop has no bottom");
    }

    /** The two rules above fail on what they are there to stop (classes in {@code archvoorbeeld}). */
    @Nested
    class DeRegelsVangen {

        private static final String VOORBEELD = "nl.vraagwijzer.archvoorbeeld";
        private static final JavaClasses VOORBEELDEN = new ClassFileImporter().importPackages(VOORBEELD);

        @Test
        void eenKringTussenTweeDelenVanShared() {
            AssertionError fout = assertThrows(
                    AssertionError.class, () -> geenKringInShared(VOORBEELD).check(VOORBEELDEN));
            assertTrue(fout.getMessage().contains("Cycle detected"), fout.getMessage());
        }

        @Test
        void eenFeatureDieEenAndereImporteert() {
            AssertionError fout = assertThrows(
                    AssertionError.class, () -> featuresLosVanElkaar(VOORBEELD).check(VOORBEELDEN));
            assertTrue(fout.getMessage().contains("eenfeature"), fout.getMessage());
        }
    }

    /**
     * The cross-cutting pieces are layered: a sub-package of {@code shared} (audit, gemeente,
     * security, persistence, ...) may use another only if that one does not use it back, directly
     * or around a loop. Checked per sub-package; {@code shared} as one slice would hide such a loop.
     */
    @Test
    void sharedSubPackagesFormNoCycle() {
        geenKringInShared("nl.vraagwijzer").check(CLASSES);
    }

    /** Webhooks are delivered and event payloads built in one room: the events package. */
    @Test
    void onlyTheEventsPackageCallsOutToPartners() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.vraagwijzer.gebeurtenissen..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.net.http..")
                .because("events reach partners only through the events package (feed, outbox, webhooks)")
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
