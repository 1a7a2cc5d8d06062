package org.victimcompensation.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.victimcompensation.CompensationApplication;

/**
 * The feature packages are application modules (Spring Modulith): no cycles between them, and one
 * module reaches another only through its API (its top-level package; anything in a sub-package is
 * internal). The module diagram in {@code docs/modules} is written from the same model.
 */
class ModularityTests {

    /** The other Maven modules (core, infra, bpmn, batch-jobs) are held by {@link MavenModuleRules}. */
    static final ApplicationModules MODULES = ApplicationModules.of(CompensationApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.victimcompensation.domain..", "org.victimcompensation.infra..",
                    "org.victimcompensation.process..", "org.victimcompensation.batch..", "org.victimcompensation.ledger.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.forEach(System.out::println);
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
