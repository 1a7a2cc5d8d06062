package org.victimcompensation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

/** One test per path through claim-review, on the real engine and PostgreSQL, job executor off. */
@Deployment(resources = {"processes/claim-review.bpmn", "processes/claim-screening.dmn"})
class ClaimReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(PostgresProcessEngine.get()).build();

    private final RecordingProcessEvents events = new RecordingProcessEvents();
    private CamundaClaimProcess process;
    private UUID claimId;
    private String reference;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        init(engine);
        Mocks.register("claimScreened", new ClaimScreenedDelegate(events));
        Mocks.register("informationReminder", new InformationReminderDelegate(events));
        process = new CamundaClaimProcess(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(),
                engine.getManagementService(),
                org.springframework.jdbc.core.simple.JdbcClient.create(
                        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()));
        claimId = UUID.randomUUID();
        reference = "VC-2026-" + claimId.toString().substring(0, 8).toUpperCase().replaceAll("[ILOU]", "X");
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void aClaimWithoutEmergencyGoesToReviewAndIsApprovedWithoutSupervisor() {
        ProcessInstance instance = submit(false, false);

        assertThat(instance).isWaitingAt("REVIEW");
        assertThat(events.received).containsExactly("screened " + claimId + " priority 50");
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.APPROVE, false, null);

        assertThat(instance).isEnded().hasPassed("Approved");
    }

    @Test
    void anEmergencyRequestIsDecidedFirstWithItsOwnDueDate() {
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ProcessInstance instance = submit(true, false, due);

        assertThat(instance).isWaitingAt("EMERGENCY_REVIEW");
        WorkItem emergency = item(WorkItemType.EMERGENCY_REVIEW);
        assertThat(emergency.due()).isEqualTo(due);
        assertThat(caseworkerQueue().get(0).taskType()).isEqualTo(WorkItemType.EMERGENCY_REVIEW);
        assertThat(events.received).containsExactly("screened " + claimId + " priority 80");

        process.completeEmergencyReview(emergency);
        assertThat(instance).isWaitingAt("REVIEW");
    }

    @Test
    void aLargeAwardWaitsForTheSupervisor() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.APPROVE, true, null);

        assertThat(instance).isWaitingAt("SUPERVISOR_APPROVAL");
        assertThat(caseworkerQueue()).noneMatch(w -> w.claimReference().equals(reference));
        process.completeApproval(item(WorkItemType.SUPERVISOR_APPROVAL), true, null);

        assertThat(instance).isEnded().hasPassed("Approved");
    }

    @Test
    void aSupervisorMaySendTheDecisionBackToReview() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.DENY, true, Instant.now().plus(45, ChronoUnit.DAYS));
        process.completeApproval(item(WorkItemType.SUPERVISOR_APPROVAL), false, null);

        assertThat(instance).isWaitingAt("REVIEW");
    }

    @Test
    void aDenialApprovedBySupervisorOpensTheAppealWindow() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.DENY, true, null);
        process.completeApproval(item(WorkItemType.SUPERVISOR_APPROVAL), true, Instant.now().plus(45, ChronoUnit.DAYS));

        assertThat(instance).isWaitingAt("AppealWindow");
        assertThat(process.appealFiled(reference)).isTrue();
        assertThat(instance).isWaitingAt("APPEAL_REVIEW");
    }

    @Test
    void anInformationRequestWaitsWithRemindersAndNeverDeniesByItself() {
        ProcessInstance instance = submit(false, true);
        assertThat(events.received).containsExactly("screened " + claimId + " priority 70");
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.REQUEST_INFO, false, null);
        assertThat(instance).isWaitingAt("AwaitInformation");

        Job reminder = job("ReminderDue", instance);
        execute(reminder);
        execute(job("ReminderDue", instance));
        assertThat(events.received).filteredOn(e -> e.startsWith("reminder")).hasSize(2);
        assertThat(instance).isWaitingAt("AwaitInformation").isNotEnded();

        assertThat(process.informationProvided(reference)).isTrue();
        assertThat(instance).isWaitingAt("REVIEW");
        assertThat(process.informationProvided(reference)).isFalse();
    }

    @Test
    void aDenialEndsWhenTheAppealWindowCloses() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.DENY, false, Instant.now().plus(45, ChronoUnit.DAYS));

        assertThat(instance).isWaitingAt("AppealWindow");
        execute(job("AppealWindowClosed", instance));
        assertThat(instance).isEnded().hasPassed("Denied");
    }

    @Test
    void aGrantedAppealReturnsTheClaimToReview() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.DENY, false, Instant.now().plus(45, ChronoUnit.DAYS));

        assertThat(process.appealFiled(reference)).isTrue();
        assertThat(instance).isWaitingAt("APPEAL_REVIEW");
        process.completeAppealReview(item(WorkItemType.APPEAL_REVIEW), true);
        assertThat(instance).isWaitingAt("REVIEW");
    }

    @Test
    void anUpheldDenialEndsDenied() {
        ProcessInstance instance = submit(false, false);
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.DENY, false, Instant.now().plus(45, ChronoUnit.DAYS));
        process.appealFiled(reference);
        process.completeAppealReview(item(WorkItemType.APPEAL_REVIEW), false);

        assertThat(instance).isEnded().hasPassed("Denied");
    }

    @Test
    void theSurvivorMayWithdrawAtAnyTime() {
        ProcessInstance instance = submit(true, false, Instant.now());

        assertThat(process.withdraw(reference)).isTrue();
        assertThat(instance).isEnded().hasPassed("Withdrawn");
        assertThat(process.withdraw(reference)).isFalse();
    }

    @Test
    void theHistorySaysWhatTheEngineDidWorkOpenedDoneByItsHolderTimersFiredAndWaiting() {
        ProcessInstance instance = submit(false, false);
        process.assign(reference, "casey");
        process.completeReview(item(WorkItemType.REVIEW), ReviewOutcome.REQUEST_INFO, false, null);
        execute(job("ReminderDue", instance));

        List<ProcessHistoryEntry> history = process.history(reference);
        assertThat(history).extracting(ProcessHistoryEntry::kind, ProcessHistoryEntry::work, ProcessHistoryEntry::timer,
                        ProcessHistoryEntry::actor)
                .containsExactlyInAnyOrder(
                        tuple(ProcessHistoryEntry.Kind.WORK_OPENED, WorkItemType.REVIEW, null, null),
                        tuple(ProcessHistoryEntry.Kind.WORK_COMPLETED, WorkItemType.REVIEW, null, "casey"),
                        tuple(ProcessHistoryEntry.Kind.TIMER_FIRED, null, ProcessHistoryEntry.Timer.INFORMATION_REMINDER, null),
                        tuple(ProcessHistoryEntry.Kind.TIMER_WAITING, null, ProcessHistoryEntry.Timer.INFORMATION_REMINDER, null));
        assertThat(history.get(0).kind()).isEqualTo(ProcessHistoryEntry.Kind.WORK_OPENED);
        ProcessHistoryEntry waiting = history.stream().filter(e -> e.kind() == ProcessHistoryEntry.Kind.TIMER_WAITING)
                .findFirst().orElseThrow();
        assertThat(waiting.due()).isAfter(waiting.at());

        process.informationProvided(reference);
        process.withdraw(reference);
        assertThat(process.history(reference)).extracting(ProcessHistoryEntry::kind, ProcessHistoryEntry::work)
                .contains(tuple(ProcessHistoryEntry.Kind.WORK_CANCELLED, WorkItemType.REVIEW))
                .doesNotContain(tuple(ProcessHistoryEntry.Kind.TIMER_WAITING, null));
        assertThat(instance).isEnded();
    }

    @Test
    void processVariablesHoldOnlyIdsFlagsAndDates(ProcessEngine engine) {
        ProcessInstance instance = submit(true, true, Instant.now());
        engine.getRuntimeService().getVariables(instance.getId()).values().forEach(value ->
                assertThat(value).isInstanceOfAny(String.class, Boolean.class, Integer.class, java.util.Date.class));
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "claimId")).isEqualTo(claimId.toString());
    }

    private ProcessInstance submit(boolean emergency, boolean domesticViolence) {
        return submit(emergency, domesticViolence, emergency ? Instant.now() : null);
    }

    private ProcessInstance submit(boolean emergency, boolean domesticViolence, Instant emergencyDue) {
        process.start(new ClaimProcessStart(claimId, reference, emergency, emergencyDue, false, domesticViolence,
                false, true));
        ProcessInstance instance = processInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(instance).isNotWaitingAt("REVIEW");
        execute(job(instance)); // the async continuation after the start event: screening
        return instance;
    }

    private WorkItem item(WorkItemType type) {
        return process.openWorkItem(reference, type).orElseThrow();
    }

    /** The first page of the caseworkers' queue, due order. */
    private java.util.List<WorkItem> caseworkerQueue() {
        return process.workQueue(new WorkQueueQuery(Set.of("CASEWORKER"), null, null, false, null, null, null, null, null, null,
                QueueOrder.DUE, Instant.now(), 0, 50)).items();
    }
}
