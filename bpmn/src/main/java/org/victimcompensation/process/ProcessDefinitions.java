package org.victimcompensation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Deploys the service's own process definitions as the engine starts, before anything can start a
 * claim. Resources are read by their classpath names, so the boot jar (nested jars), the extracted
 * layout and {@code target/classes} all deploy the same thing under the same names; duplicate
 * filtering deploys a new version only of a definition that changed. Nothing else deploys: the
 * starter's classpath scan is off ({@code camunda.bpm.auto-deployment-enabled=false}) and engine
 * operations cannot create deployments.
 */
@Component
class ProcessDefinitions extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "claims";
    static final List<String> RESOURCES = List.of(
            "processes/claim-review.bpmn", "processes/claim-screening.dmn", "processes/payment-reissue.bpmn");

    private static final Logger log = LoggerFactory.getLogger(ProcessDefinitions.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME).source("compensation-service").enableDuplicateFiltering(true);
        ClassLoader loader = ProcessDefinitions.class.getClassLoader();
        for (String resource : RESOURCES) {
            try (InputStream content = loader.getResourceAsStream(resource)) {
                if (content == null) {
                    throw new IllegalStateException("process resource missing from the build: " + resource);
                }
                deployment.addString(resource, new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        int changed = size(result.getDeployedProcessDefinitions()) + size(result.getDeployedDecisionDefinitions());
        List<String> versions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> d.getKey() + " v" + d.getVersion()).sorted().toList();
        log.info("Process definitions: {} changed and deployed now; in force: {}", changed, versions);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
