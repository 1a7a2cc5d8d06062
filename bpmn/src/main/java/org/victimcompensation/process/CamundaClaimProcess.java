package org.victimcompensation.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Component
class CamundaClaimProcess implements ClaimProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final OpenTaskTables openTasks;
    private final EngineTimeline timeline;

    CamundaClaimProcess(RuntimeService runtime, TaskService tasks, HistoryService history, ManagementService management,
                        JdbcClient jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.openTasks = new OpenTaskTables(jdbc);
        this.timeline = new EngineTimeline(history, management);
    }

    @Override
    public void start(ClaimProcessStart start) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CLAIM_ID, start.claimId().toString());
        variables.put(Variables.EMERGENCY_REQUESTED, start.emergencyRequested());
        variables.put(Variables.EMERGENCY_DUE, start.emergencyDue() == null ? null : Date.from(start.emergencyDue()));
        variables.put(Variables.FATAL_CRIME, start.fatalCrime());
        variables.put(Variables.DOMESTIC_VIOLENCE, start.domesticViolence());
        variables.put(Variables.MINOR_VICTIM, start.minorVictim());
        variables.put(Variables.WITHIN_FILING_WINDOW, start.withinFilingWindow());
        concurrently(() -> runtime.startProcessInstanceByKey(Variables.PROCESS_KEY, start.claimReference(), variables));
    }

    @Override
    public WorkQueuePage workQueue(WorkQueueQuery query) {
        return openTasks.page(query);
    }

    @Override
    public List<Workload> workload(Instant now) {
        return openTasks.workload(now);
    }

    @Override
    public void assign(String claimReference, String username) {
        for (WorkItem item : openWorkItems(claimReference)) {
            if (item.taskType().followsClaimHolder()) {
                concurrently(() -> tasks.setAssignee(item.taskId(), username));
            }
        }
    }

    @Override
    public List<ProcessHistoryEntry> history(String claimReference) {
        return timeline.of(claimReference);
    }

    @Override
    public List<WorkItem> openWorkItems(String claimReference) {
        return toWorkItems(claimTasks().processInstanceBusinessKey(claimReference).list());
    }

    @Override
    public Optional<WorkItem> openWorkItem(String claimReference, WorkItemType type) {
        return openWorkItems(claimReference).stream().filter(w -> w.taskType() == type).findFirst();
    }

    @Override
    public void completeEmergencyReview(WorkItem item) {
        concurrently(() -> tasks.complete(item.taskId()));
    }

    @Override
    public void completeReview(WorkItem item, ReviewOutcome outcome, boolean needsApproval, Instant appealBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REVIEW_OUTCOME, outcome.name());
        variables.put(Variables.NEEDS_APPROVAL, needsApproval);
        if (appealBy != null) {
            variables.put(Variables.APPEAL_BY, Date.from(appealBy));
        }
        concurrently(() -> tasks.complete(item.taskId(), variables));
    }

    @Override
    public void completeApproval(WorkItem item, boolean approved, Instant appealBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.APPROVED, approved);
        if (appealBy != null) {
            variables.put(Variables.APPEAL_BY, Date.from(appealBy));
        }
        concurrently(() -> tasks.complete(item.taskId(), variables));
    }

    @Override
    public void completeAppealReview(WorkItem item, boolean granted) {
        concurrently(() -> tasks.complete(item.taskId(), Map.of(Variables.APPEAL_GRANTED, granted)));
    }

    @Override
    public boolean informationProvided(String claimReference) {
        return correlateIfWaiting(claimReference, "InformationProvided");
    }

    @Override
    public boolean appealFiled(String claimReference) {
        return correlateIfWaiting(claimReference, "AppealFiled");
    }

    @Override
    public boolean withdraw(String claimReference) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(Variables.PROCESS_KEY).processInstanceBusinessKey(claimReference).singleResult();
        if (instance == null) {
            return false;
        }
        concurrently(() -> runtime.createMessageCorrelation("ClaimWithdrawn").processInstanceId(instance.getId()).correlate());
        return true;
    }

    @Override
    public void openReissue(String claimReference, String paymentReference) {
        concurrently(() -> runtime.startProcessInstanceByKey(Variables.REISSUE_PROCESS_KEY, claimReference,
                Map.of(Variables.PAYMENT_REFERENCE, paymentReference)));
    }

    @Override
    public Optional<WorkItem> openReissueItem(String paymentReference) {
        return toWorkItems(tasks.createTaskQuery().processDefinitionKey(Variables.REISSUE_PROCESS_KEY).active()
                .processVariableValueEquals(Variables.PAYMENT_REFERENCE, paymentReference).list())
                .stream().findFirst();
    }

    @Override
    public void completeReissue(WorkItem item) {
        concurrently(() -> tasks.complete(item.taskId()));
    }

    private boolean correlateIfWaiting(String claimReference, String message) {
        List<Execution> waiting = runtime.createExecutionQuery().processInstanceBusinessKey(claimReference)
                .messageEventSubscriptionName(message).list();
        if (waiting.isEmpty()) {
            return false;
        }
        concurrently(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(claimReference).correlate());
        return true;
    }

    /** The engine's optimistic lock lost a race: say so in our own terms, so callers can retry. */
    private static void concurrently(Runnable command) {
        try {
            command.run();
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChangeException(e);
        }
    }

    private TaskQuery claimTasks() {
        return tasks.createTaskQuery().processDefinitionKeyIn(Variables.PROCESS_KEY, Variables.REISSUE_PROCESS_KEY).active();
    }

    private List<WorkItem> toWorkItems(List<Task> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = new java.util.HashSet<>();
        open.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
        Map<String, String> referenceByInstance = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> referenceByInstance.put(p.getId(), p.getBusinessKey()));
        Map<String, String> paymentByInstance = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(Variables.PAYMENT_REFERENCE).list()
                .forEach(v -> paymentByInstance.put(v.getProcessInstanceId(), (String) v.getValue()));
        return open.stream()
                .map(t -> new WorkItem(t.getId(), WorkItemType.valueOf(t.getTaskDefinitionKey()),
                        referenceByInstance.get(t.getProcessInstanceId()),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getPriority(),
                        t.getCreateTime().toInstant(), paymentByInstance.get(t.getProcessInstanceId()), t.getAssignee()))
                .sorted(Comparator.comparing(WorkItem::created))
                .toList();
    }
}
