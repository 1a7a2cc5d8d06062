package org.victimcompensation.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions (the staff console's, a survivor's status view) are rows in PostgreSQL, so that any node
 * serves any request. Two requests of one session at once (two tabs, a double click, two nodes) may
 * both add the same attribute, the CSRF token on its first use above all. The plain insert failed
 * with a duplicate key while the page was being written, and the user saw a broken page; PostgreSQL's
 * upsert keeps the later write (a form on the other page then carries a stale CSRF token and is
 * refused with 403 until that page is reloaded, as after any new token).
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
