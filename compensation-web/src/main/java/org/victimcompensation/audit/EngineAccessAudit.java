package org.victimcompensation.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every call an administrator makes to the engine (engine REST, Cockpit's API) is audited like a
 * staff action: who, when, the method and path (no query string, so no values). It runs after the
 * security chain, so only calls that were let through are recorded, and before the engine acts.
 */
@Configuration(proxyBeanMethods = false)
class EngineAccessAudit {

    /** After Spring Security's chain (order -100), before the engine's own sign-in filters (101). */
    private static final int AFTER_SECURITY = 100;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineAccessAuditing(AuditLog audit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                if (caller != null && caller.isAuthenticated()) {
                    audit.recordOperation(caller.getName(), AuditAction.ENGINE_OPERATION,
                            request.getMethod() + " " + request.getRequestURI());
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
