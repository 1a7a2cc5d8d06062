package org.victimcompensation.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the engine did on a claim, from its history (tasks opened and closed, timers fired, at the
 * {@code audit} history level) and its runtime (timers still waiting). A handful of queries per
 * claim file: a claim has a few process instances at most.
 */
final class EngineTimeline {

    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final ManagementService management;

    EngineTimeline(HistoryService history, ManagementService management) {
        this.history = history;
        this.management = management;
    }

    List<ProcessHistoryEntry> of(String claimReference) {
        List<ProcessHistoryEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(claimReference).list()) {
            WorkItemType work = WorkItemType.valueOf(task.getTaskDefinitionKey());
            entries.add(new ProcessHistoryEntry(instant(task.getStartTime()), ProcessHistoryEntry.Kind.WORK_OPENED, work,
                    null, null, null));
            if (task.getEndTime() != null) {
                boolean completed = COMPLETED.equals(task.getDeleteReason());
                entries.add(new ProcessHistoryEntry(instant(task.getEndTime()),
                        completed ? ProcessHistoryEntry.Kind.WORK_COMPLETED : ProcessHistoryEntry.Kind.WORK_CANCELLED,
                        work, null, completed ? task.getAssignee() : null, null));
            }
        }
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(claimReference).list()) {
            for (HistoricActivityInstance fired : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).finished().list()) {
                ProcessHistoryEntry.Timer timer = ProcessHistoryEntry.Timer.of(fired.getActivityId());
                if (timer != null && !fired.isCanceled()) {
                    entries.add(new ProcessHistoryEntry(instant(fired.getEndTime()), ProcessHistoryEntry.Kind.TIMER_FIRED,
                            null, timer, null, null));
                }
            }
            List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
            if (timers.isEmpty()) {
                continue;
            }
            Map<String, String> activityByDefinition = management.createJobDefinitionQuery()
                    .processDefinitionId(instance.getProcessDefinitionId()).list().stream()
                    .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
            for (Job job : timers) {
                ProcessHistoryEntry.Timer timer = ProcessHistoryEntry.Timer.of(activityByDefinition.get(job.getJobDefinitionId()));
                if (timer != null) {
                    entries.add(new ProcessHistoryEntry(instant(job.getCreateTime()), ProcessHistoryEntry.Kind.TIMER_WAITING,
                            null, timer, null, instant(job.getDuedate())));
                }
            }
        }
        entries.sort(Comparator.comparing(ProcessHistoryEntry::at));
        return entries;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
