package org.victimcompensation.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The Maven modules' promises (docs/architecture.md): the domain is plain Java, only {@code bpmn}
 * talks to the engine, the modules depend one way, and a feature's doors are its only public parts.
 */
@AnalyzeClasses(packages = "org.victimcompensation", importOptions = ImportOption.DoNotIncludeTests.class)
class MavenModuleRules {

    /** compensation-core: no Spring, no Camunda, no servlet or validation API. */
    @ArchTest
    static final ArchRule theDomainIsPlainJava = noClasses().that().resideInAPackage("org.victimcompensation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..",
                    "com.fasterxml..", "org.slf4j..");

    /** Camunda 7 CE is end-of-life: replacing the engine must touch bpmn only. */
    @ArchTest
    static final ArchRule onlyBpmnTalksToTheEngine = noClasses().that().resideOutsideOfPackage("org.victimcompensation.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    /** core <- infra <- bpmn <- batch-jobs <- compensation-web, never back. */
    @ArchTest
    static final ArchRule lowerModulesNeverReachUp = noClasses()
            .that().resideInAnyPackage("org.victimcompensation.domain..", "org.victimcompensation.infra..",
                    "org.victimcompensation.process..", "org.victimcompensation.batch..", "org.victimcompensation.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("org.victimcompensation.api..", "org.victimcompensation.audit..",
                    "org.victimcompensation.awards..", "org.victimcompensation.background..", "org.victimcompensation.claims..",
                    "org.victimcompensation.demo..", "org.victimcompensation.pages..", "org.victimcompensation.payments..",
                    "org.victimcompensation.reconciliation..", "org.victimcompensation.reporting..",
                    "org.victimcompensation.review..", "org.victimcompensation.security..");

    @ArchTest
    static final ArchRule maven_modules_have_no_cycles = slices()
            .matching("org.victimcompensation.(domain|infra|process|batch|ledger)..").should().beFreeOfCycles();

    /** Controllers, page controllers and stores are a feature's internals. */
    @ArchTest
    static final ArchRule entryPointsAndStoresAreInternal = classes().that().resideInAPackage("org.victimcompensation..")
            .and().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Pages")
            .or().haveSimpleNameEndingWith("Store")
            .should().notBePublic();
}
