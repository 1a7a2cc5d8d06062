package org.victimcompensation.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
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
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

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

    /**
     * Cockpit (when engine operations are on): administrators signed in to the console, with the same
     * session; Camunda's admin app (users, first-user setup) and Tasklist (completing claim tasks
     * behind the service's back) are never served. Camunda keeps its own CSRF protection and headers.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/camunda/**"))
                .authorizeHttpRequests(a -> a
                        // Cockpit asks who is signed in; that is all it may ask of the admin API.
                        .requestMatchers(SecurityConfiguration::readsEngineVariables).denyAll()
                        .requestMatchers(antMatcher(HttpMethod.GET, "/camunda/api/admin/auth/user/*")).hasRole(ADMIN)
                        .requestMatchers(antMatcher("/camunda/app/admin/**"), antMatcher("/camunda/api/admin/**"),
                                antMatcher("/camunda/app/tasklist/**"), antMatcher("/camunda/api/tasklist/**"))
                        .denyAll()
                        .anyRequest().hasRole(ADMIN))
                .addFilterBefore(new EngineQueryBodies(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .csrf(c -> c.disable()) // Cockpit sends its own X-XSRF-TOKEN, checked by Camunda's filter
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                // Plain statuses, no error dispatch: Cockpit reads only the status, and an error page
                // would try to parse the refused (possibly multipart) body.
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) ->
                                response.setStatus(HttpStatus.FORBIDDEN.value()))
                        .defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> response.setStatus(HttpStatus.UNAUTHORIZED.value()),
                                antMatcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/staff/login"),
                                antMatcher("/camunda/**")))
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
                        .requestMatchers(HttpMethod.POST, "/api/v1/staff/payments/*/fund-source").hasRole(PROGRAM_STAFF)
                        .requestMatchers("/api/v1/staff/assignments").hasRole(SUPERVISOR)
                        .requestMatchers("/api/v1/staff/queue", "/api/v1/staff/claims/**", "/api/v1/staff/payments/**")
                        .hasAnyRole(CASEWORKER, SUPERVISOR)
                        .requestMatchers("/api/v1/staff/payment-runs/**", "/api/v1/staff/reconciliations/**",
                                "/api/v1/staff/reports/**", "/api/v1/staff/funding-rules", "/api/v1/staff/revenue",
                                "/api/v1/staff/recoveries", "/api/v1/staff/print-batches/**").hasRole(PROGRAM_STAFF)
                        // Engine REST is for looking, not changing: reads only, and no variable values.
                        .requestMatchers(SecurityConfiguration::readsEngineVariables).denyAll()
                        .requestMatchers(antMatcher(HttpMethod.GET, "/engine-rest/**")).hasRole(ADMIN)
                        .requestMatchers(antMatcher("/engine-rest/**")).denyAll()
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
                        // Error pages are rendered for failed requests, never requested directly.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").denyAll()
                        .requestMatchers("/staff/login").permitAll()
                        .requestMatchers("/staff/payments/**", "/staff/reconciliations/**", "/staff/reports/**")
                        .hasRole(PROGRAM_STAFF)
                        .requestMatchers("/staff/search", "/staff/claims/**").hasAnyRole(CASEWORKER, SUPERVISOR)
                        .requestMatchers("/staff/assignments").hasRole(SUPERVISOR)
                        .requestMatchers("/staff", "/staff/**").hasAnyRole(CASEWORKER, SUPERVISOR, PROGRAM_STAFF)
                        .anyRequest().permitAll())
                // Only our own scripts, styles and images; no framing; nothing leaks in a Referer to other sites.
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; font-src 'self'; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                // After sign-in, back to the page that asked for it (Cockpit for an admin), else the console.
                .formLogin(f -> f.loginPage("/staff/login").defaultSuccessUrl("/staff", false).permitAll())
                .logout(l -> l.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?signedOut"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(SecurityConfiguration::rolesFromOidc)));
        }
        return http.build();
    }

    /**
     * Variables (values, history, form data) may hold claim data, and filtering by a variable's
     * value reveals it as surely as reading it: no engine path, query or body that names variables
     * is served. Paths are compared decoded, so an escaped letter does not slip through.
     */
    static boolean readsEngineVariables(jakarta.servlet.http.HttpServletRequest request) {
        String path = java.net.URLDecoder.decode(request.getRequestURI(), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        String query = request.getQueryString() == null ? ""
                : java.net.URLDecoder.decode(request.getQueryString(), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        String context = request.getContextPath();
        boolean engine = path.startsWith(context + "/engine-rest/") || path.startsWith(context + "/camunda/api/");
        return engine && (path.contains("variable") || path.contains("/form") || path.contains("/history/detail")
                || query.contains("variable"));
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
