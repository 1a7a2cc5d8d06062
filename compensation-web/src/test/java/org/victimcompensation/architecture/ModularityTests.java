package org.victimcompensation.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.victimcompensation.CompensationApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

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

    private static final Path DIAGRAMS = Path.of("../docs/modules");

    /**
     * The Documenter lists a diagram's components and relations in no fixed order; each kind is sorted
     * in place, so the files in {@code docs/modules} change only when the modules do.
     */
    @Test
    void writesTheModuleDiagram() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                for (String kind : List.of("Rel(", "  Component(")) {
                    Iterator<String> sorted = lines.stream().filter(line -> line.startsWith(kind)).sorted().iterator();
                    lines = lines.stream().map(line -> line.startsWith(kind) ? sorted.next() : line).toList();
                }
                Files.writeString(diagram, String.join("\n", lines));
            }
        }
    }
}
