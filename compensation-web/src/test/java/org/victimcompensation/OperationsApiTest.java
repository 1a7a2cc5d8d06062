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
        assertThat(send(request("/camunda/app/cockpit/default/").GET()).status()).isEqualTo(200);
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
                .query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        jdbc.sql("insert into audit_entry (at, actor, action, claim_reference) values (now(), 'test', 'CLAIM_READ', 'VC-2026-00000000')")
                .update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update audit_entry set actor = 'someone else'").update()).hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
    }
}
