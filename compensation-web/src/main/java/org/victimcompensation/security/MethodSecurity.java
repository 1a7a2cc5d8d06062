package org.victimcompensation.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on the {@link Access} rules on feature services (for web requests and the command line alike). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {
}
