package org.victimcompensation.process;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Leaves Camunda's web apps and engine REST API out of the application unless
 * {@code compensation.engine-operations.enabled=true}: a service that does not serve them cannot be
 * taken over through them.
 */
public class EngineOperationsSwitch implements EnvironmentPostProcessor {

    public static final String ENABLED = "compensation.engine-operations.enabled";

    private static final String EXCLUDE = "spring.autoconfigure.exclude";
    private static final String ENGINE_SURFACES =
            "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        String excluded = environment.getProperty(EXCLUDE, "");
        environment.getPropertySources().addFirst(new MapPropertySource("engineOperationsOff",
                Map.of(EXCLUDE, excluded.isBlank() ? ENGINE_SURFACES : excluded + "," + ENGINE_SURFACES)));
    }
}
