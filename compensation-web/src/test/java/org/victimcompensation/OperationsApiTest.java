package org.victimcompensation;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, the API document, admin-only engine access, and one database for everything. */
class OperationsApiTest extends ApiTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SpringProcessEngineConfiguration engineConfiguration;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void healthProbesIncludeTheDatabase() {
        Response liveness = send(request("/actuator/health/liveness").GET());
        Response readiness = send(request("/actuator/health/readiness").GET());
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        Response health = get("ada", "/actuator/health");
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreForAdmins() {
        assertThat(send(request("/actuator/prometheus").GET()).status()).isEqualTo(401);
        assertThat(get("casey", "/actuator/prometheus").status()).isEqualTo(403);
        Response metrics = get("ada", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDocumentDescribesApiV1() {
        Response document = send(request("/v3/api-docs").GET());
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").fieldNames()).toIterable()
                .contains("/api/v1/claims", "/api/v1/claims/{reference}", "/api/v1/staff/queue",
                        "/api/v1/staff/claims/{reference}/review", "/api/v1/admin/audit");
        assertThat(send(request("/swagger-ui/index.html").GET()).status()).isEqualTo(200);
    }

    @Test
    void theEngineIsForAdminsOnly() {
        assertThat(send(request("/engine-rest/process-definition").GET()).status()).isEqualTo(401);
        assertThat(get("sam", "/engine-rest/process-definition").status()).isEqualTo(403);
        Response definitions = get("ada", "/engine-rest/process-definition?key=claim-review");
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.json().get(0).get("historyTimeToLive").asInt()).isPositive();
        Response cockpit = send(request("/camunda/app/cockpit/default/").GET());
        assertThat(cockpit.status()).isEqualTo(302);
        assertThat(cockpit.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/login"));
        assertThat(send(request("/unknown-path").GET()).status()).isIn(401, 403, 404);
    }

    @Test
    void domainEngineAndBatchShareOneDataSourceAndOneTransactionManager() {
        DataSource engineDataSource = engineConfiguration.getDataSource();
        if (engineDataSource instanceof TransactionAwareDataSourceProxy proxy) {
            engineDataSource = proxy.getTargetDataSource();
        }
        assertThat(engineDataSource).isSameAs(dataSource);
        assertThat(engineConfiguration.getTransactionManager()).isSameAs(transactionManager);
        assertThat(engineConfiguration.getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(jobRepository).isNotNull();
    }

    @Test
    void liquibaseOwnsEverySchema() {
        Map<String, Object> owners = jdbc.sql("""
                        select count(*) filter (where filename like '%camunda%') as camunda,
                               count(*) filter (where id = 'spring-batch-5.2-schema') as batch,
                               count(*) filter (where filename like '%compensation-001%') as ours
                        from databasechangelog""").query().singleRow();
        assertThat(((Number) owners.get("camunda")).intValue()).isPositive();
        assertThat(((Number) owners.get("batch")).intValue()).isEqualTo(1);
        assertThat(((Number) owners.get("ours")).intValue()).isPositive();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name like 'act_%'")
                .query(Integer.class).single()).isEqualTo(49);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name like 'batch_%'")
                .query(Integer.class).single()).as("Spring Batch 5.2's six tables").isEqualTo(6);
    }

    @Test
    void theApplicationsDatabaseRoleCanAppendToTheAuditTrailButNeverRewriteIt() {
        // The service connects as the application role; Liquibase ran as the owner.
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("compensation_app");
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'audit_entry'").query(String.class).single())
                .isNotEqualTo("compensation_app");
        jdbc.sql("insert into audit_entry (at, actor, action, claim_reference) values (now(), 'test', 'CLAIM_READ', 'VC-2026-00000000')")
                .update();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'test'").query(Integer.class).single()).isPositive();
        for (String rewrite : java.util.List.of(
                "update audit_entry set actor = 'someone else'",
                "delete from audit_entry",
                "truncate audit_entry",
                "alter table audit_entry disable trigger audit_entry_append_only",
                "drop trigger audit_entry_append_only on audit_entry",
                "alter table audit_entry owner to compensation_app")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(rewrite).update()).as(rewrite)
                    .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|append-only).*");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'someone else'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select has_table_privilege('audit_entry', 'UPDATE') or has_table_privilege('audit_entry', 'DELETE')
                            or has_table_privilege('audit_entry', 'TRUNCATE') or has_table_privilege('audit_entry', 'TRIGGER')""")
                .query(Boolean.class).single()).isFalse();
    }
}
