package org.victimcompensation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * One line at start-up that tells an operator what is running: profiles, database (no query
 * string, so no password) and its login role, and whether engine operations are served. The
 * deployed process versions are logged by the engine set-up as it deploys.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;

    StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String url = environment.getProperty("spring.datasource.url", "");
        int query = url.indexOf('?');
        log.info("Ready. profiles: {}; database: {} as {} (migrations as {}); engine operations (Cockpit, engine REST): {}",
                Arrays.toString(environment.getActiveProfiles().length == 0
                        ? environment.getDefaultProfiles() : environment.getActiveProfiles()),
                query < 0 ? url : url.substring(0, query),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.liquibase.user"),
                environment.getProperty("compensation.engine-operations.enabled", Boolean.class, false) ? "on" : "off");
    }
}
