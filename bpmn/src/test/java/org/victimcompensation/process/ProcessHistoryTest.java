package org.victimcompensation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

/**
 * The retention purge forgets a closed claim's processes: nothing of them is left in any of the
 * engine's history tables (full history here, more than the service records), and a claim whose
 * process still runs keeps its history.
 */
@Deployment(resources = {"processes/claim-review.bpmn", "processes/claim-screening.dmn", "processes/payment-reissue.bpmn"})
class ProcessHistoryTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PostgresProcessEngine.get()).build();

    private CamundaClaimProcess process;
    private CamundaProcessHistory history;
    private JdbcClient jdbc;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        init(engine);
        Mocks.register("claimScreened", new ClaimScreenedDelegate(new RecordingProcessEvents()));
        Mocks.register("informationReminder", new InformationReminderDelegate(new RecordingProcessEvents()));
        jdbc = JdbcClient.create(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
        process = new CamundaClaimProcess(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(),
                engine.getManagementService(), jdbc);
        history = new CamundaProcessHistory(engine.getHistoryService());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void aClosedClaimsProcessesAreForgottenEverywhereAndARunningOneIsKept() {
        String closed = reference();
        String running = reference();
        List<String> closedInstances = List.of(screened(closed).getId(),
                engineStart("payment-reissue", closed).getId());
        ProcessInstance open = screened(running);
        process.completeReissue(process.openReissueItem(closed + "-P1").orElseThrow());
        assertThat(process.withdraw(closed)).isTrue();
        assertThat(rowsOf(closedInstances)).as("the engine remembered the closed claim").isPositive();

        assertThat(history.withRunningProcess(List.of(closed, running))).containsExactly(running);
        assertThatThrownBy(() -> history.forget(List.of(closed, running))).isInstanceOf(IllegalStateException.class);

        assertThat(history.forget(List.of(closed))).isEqualTo(2);

        assertThat(rowsOf(closedInstances)).as("rows left of the closed claim's processes").isZero();
        assertThat(jdbc.sql("select count(*) from act_hi_procinst where business_key_ = ?").param(closed)
                .query(Integer.class).single()).isZero();
        assertThat(rowsOf(List.of(open.getId()))).as("the running claim's history stays").isPositive();
        assertThat(history.forget(List.of())).isZero();
    }

    /** Rows in every history table (and the engine's byte arrays) that name one of these process instances. */
    private int rowsOf(List<String> instanceIds) {
        List<String[]> columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema() and (table_name like 'act\\_hi\\_%' or table_name = 'act_ge_bytearray')
                          and column_name in ('proc_inst_id_', 'root_proc_inst_id_')""")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).as("history tables found").hasSizeGreaterThan(10);
        int rows = 0;
        for (String[] column : columns) {
            rows += jdbc.sql("select count(*) from " + column[0] + " where " + column[1] + " = any(?)")
                    .param(instanceIds.toArray(String[]::new)).query(Integer.class).single();
        }
        return rows;
    }

    private ProcessInstance screened(String reference) {
        process.start(new ClaimProcessStart(UUID.randomUUID(), reference, true, Instant.now(), false, true, false, true));
        ProcessInstance instance = processInstanceQuery().processDefinitionKey("claim-review")
                .processInstanceBusinessKey(reference).singleResult();
        execute(job(instance)); // screening, with its decision table
        return instance;
    }

    private ProcessInstance engineStart(String key, String reference) {
        process.openReissue(reference, reference + "-P1");
        return processInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(reference).singleResult();
    }

    private static String reference() {
        return "VC-2026-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replaceAll("[ILOU]", "X");
    }
}
