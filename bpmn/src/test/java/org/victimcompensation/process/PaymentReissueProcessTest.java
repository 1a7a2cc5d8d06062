package org.victimcompensation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

@Deployment(resources = "processes/payment-reissue.bpmn")
class PaymentReissueProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PostgresProcessEngine.get()).build();

    private CamundaClaimProcess process;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        init(engine);
        process = new CamundaClaimProcess(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(),
                engine.getManagementService(),
                org.springframework.jdbc.core.simple.JdbcClient.create(
                        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()));
    }

    @Test
    void aReturnedPaymentWaitsForACaseworkerToReissueIt() {
        process.openReissue("VC-2026-REISSUE1", "PAY-TEST-0001");
        ProcessInstance instance = processInstanceQuery().processInstanceBusinessKey("VC-2026-REISSUE1").singleResult();

        WorkItem item = process.openReissueItem("PAY-TEST-0001").orElseThrow();
        assertThat(item.taskType()).isEqualTo(WorkItemType.REISSUE);
        assertThat(item.claimReference()).isEqualTo("VC-2026-REISSUE1");
        assertThat(caseworkerQueue()).extracting(WorkItem::paymentReference).contains("PAY-TEST-0001");
        assertThat(process.openReissueItem("PAY-OTHER")).isEmpty();

        process.completeReissue(item);
        assertThat(instance).isEnded().hasPassed("Reissued");
    }

    /** The first page of the caseworkers' queue, due order. */
    private java.util.List<WorkItem> caseworkerQueue() {
        return process.workQueue(new WorkQueueQuery(Set.of("CASEWORKER"), null, null, false, null, null, null, null, null, null,
                QueueOrder.DUE, java.time.Instant.now(), 0, 50)).items();
    }
}
