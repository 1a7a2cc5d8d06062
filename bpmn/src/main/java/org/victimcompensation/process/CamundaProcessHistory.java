package org.victimcompensation.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Component
class CamundaProcessHistory implements ProcessHistory {

    private final HistoryService history;

    CamundaProcessHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public Set<String> withRunningProcess(Collection<String> claimReferences) {
        if (claimReferences.isEmpty()) {
            return Set.of();
        }
        return of(claimReferences).unfinished().list().stream()
                .map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet());
    }

    @Override
    public int forget(Collection<String> claimReferences) {
        if (claimReferences.isEmpty()) {
            return 0;
        }
        List<HistoricProcessInstance> instances = of(claimReferences).list();
        if (instances.stream().anyMatch(instance -> instance.getEndTime() == null)) {
            throw new IllegalStateException("a process of these claims is still running; its history stays");
        }
        List<String> instanceIds = instances.stream().map(HistoricProcessInstance::getId).toList();
        // Deleting a process instance's history leaves the decisions evaluated in it (the screening
        // table's inputs and outputs) and its operation log behind: those go first, by instance.
        List<String> decisionIds = new ArrayList<>();
        for (String id : instanceIds) {
            history.createHistoricDecisionInstanceQuery().processInstanceId(id).list().stream()
                    .map(HistoricDecisionInstance::getId).forEach(decisionIds::add);
            history.createUserOperationLogQuery().processInstanceId(id).list().stream()
                    .map(UserOperationLogEntry::getId).distinct().forEach(history::deleteUserOperationLogEntry);
        }
        if (!decisionIds.isEmpty()) {
            history.deleteHistoricDecisionInstancesBulk(decisionIds);
        }
        if (!instanceIds.isEmpty()) {
            history.deleteHistoricProcessInstancesBulk(instanceIds);
        }
        return instanceIds.size();
    }

    private HistoricProcessInstanceQuery of(Collection<String> claimReferences) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(claimReferences.toArray(String[]::new));
    }
}
