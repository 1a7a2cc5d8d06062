package org.victimcompensation.process;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit and the engine REST API, for administrators, only when
 * {@code compensation.engine-operations.enabled=true} ({@link EngineOperationsSwitch} leaves them out
 * otherwise). Both take the identity the service signed in (its security chain requires the admin
 * role first), so there is no engine login, no engine user store and no first-user setup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EngineOperationsSwitch.ENABLED, havingValue = "true")
class EngineOperations {

    /** After Spring Security's filter chain (order -100), so the signed-in principal is known. */
    private static final int AFTER_SECURITY = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", OperatorAuthentication.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestSignIn() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", OperatorAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
