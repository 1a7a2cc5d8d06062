package org.victimcompensation.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Survivors reach their claim with a reference and access code, no account. Staff authenticate:
 * OIDC bearer tokens when an issuer is configured (roles in the {@code roles} claim), HTTP Basic
 * with the demo users in the {@code demo} profile. Least privilege per endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for a command-line report run
class SecurityConfiguration {

    private static final String CASEWORKER = StaffRole.CASEWORKER.name();
    private static final String SUPERVISOR = StaffRole.SUPERVISOR.name();
    private static final String PROGRAM_STAFF = StaffRole.PROGRAM_STAFF.name();
    private static final String ADMIN = StaffRole.ADMIN.name();

    /** Camunda's web apps keep their own login and session; only the admin user exists there. */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher("/camunda/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable()) // the web apps run their own CSRF protection
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> oidc) throws Exception {
        // Path patterns, not MVC matchers: the engine's REST API is a Jersey servlet outside Spring MVC.
        http.securityMatcher(new OrRequestMatcher(Stream.of("/api/**", "/engine-rest/**", "/actuator/**",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .<RequestMatcher>map(AntPathRequestMatcher::antMatcher).toList()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/claims", "/api/v1/claims/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/staff/claims/*/approval").hasRole(SUPERVISOR)
                        .requestMatchers("/api/v1/staff/queue", "/api/v1/staff/claims/**", "/api/v1/staff/payments/**")
                        .hasAnyRole(CASEWORKER, SUPERVISOR)
                        .requestMatchers("/api/v1/staff/payment-runs/**", "/api/v1/staff/reconciliations/**",
                                "/api/v1/staff/reports/**").hasRole(PROGRAM_STAFF)
                        .requestMatchers(AntPathRequestMatcher.antMatcher("/engine-rest/**")).hasRole(ADMIN)
                        .requestMatchers("/api/v1/admin/**", "/actuator/prometheus").hasRole(ADMIN)
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable()) // no cookies, no sessions: every staff call carries its credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) ->
                        write(response, json, HttpStatus.UNAUTHORIZED, "Sign in to use this endpoint.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) ->
                                write(response, json, HttpStatus.UNAUTHORIZED, "Sign in to use this endpoint."))
                        .accessDeniedHandler((request, response, ex) ->
                                write(response, json, HttpStatus.FORBIDDEN, "Your role does not allow this.")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(rolesFromClaim())));
        }
        return http.build();
    }

    /**
     * The pages: survivor pages are open (no account), the staff console signs in with a form (the
     * same users and roles as the API) or with OIDC when an issuer is configured. Sessions and CSRF
     * tokens protect the forms.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/staff/login", "/error").permitAll()
                        .requestMatchers("/staff/payments/**", "/staff/reconciliations/**", "/staff/reports/**")
                        .hasRole(PROGRAM_STAFF)
                        .requestMatchers("/staff", "/staff/**").hasAnyRole(CASEWORKER, SUPERVISOR, PROGRAM_STAFF)
                        .anyRequest().permitAll())
                // Only our own scripts, styles and images; no framing; nothing leaks in a Referer to other sites.
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; font-src 'self'; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .formLogin(f -> f.loginPage("/staff/login").defaultSuccessUrl("/staff", true).permitAll())
                .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?signedOut"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/staff/login").defaultSuccessUrl("/staff", true)
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(SecurityConfiguration::rolesFromOidc)));
        }
        return http.build();
    }

    private static Collection<? extends GrantedAuthority> rolesFromOidc(Collection<? extends GrantedAuthority> given) {
        List<GrantedAuthority> roles = new java.util.ArrayList<>();
        for (GrantedAuthority authority : given) {
            if (authority instanceof org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority oidcUser) {
                List<String> claimed = oidcUser.getIdToken().getClaimAsStringList("roles");
                if (claimed != null) {
                    claimed.forEach(r -> roles.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
            }
        }
        return roles;
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            Collection<GrantedAuthority> authorities = roles == null ? List.of()
                    : roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
            return authorities;
        });
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"staff\"");
        }
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }

}
