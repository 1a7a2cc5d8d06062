package org.victimcompensation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * New casework on a claim goes to the person who holds the claim. The engine publishes task events
 * to Spring (camunda.bpm.eventing.task, on by default) inside its command, so the assignment commits
 * with the task; no BPMN file has to name a listener.
 */
@Component
class CaseworkFollowsHolder {

    private final ClaimHolders holders;

    CaseworkFollowsHolder(ClaimHolders holders) {
        this.holders = holders;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onCreate(DelegateTask task) {
        if (task.getAssignee() != null || !isCasework(task.getTaskDefinitionKey())) {
            return;
        }
        holders.holderOf(task.getExecution().getProcessBusinessKey()).ifPresent(task::setAssignee);
    }

    private static boolean isCasework(String taskDefinitionKey) {
        for (WorkItemType type : WorkItemType.values()) {
            if (type.name().equals(taskDefinitionKey)) {
                return type.followsClaimHolder();
            }
        }
        return false;
    }
}
