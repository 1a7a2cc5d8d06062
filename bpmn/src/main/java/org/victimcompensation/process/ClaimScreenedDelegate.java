package org.victimcompensation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component("claimScreened")
class ClaimScreenedDelegate implements JavaDelegate {

    private final ClaimProcessEvents events;

    ClaimScreenedDelegate(ClaimProcessEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number priority = (Number) execution.getVariable(Variables.PRIORITY);
        events.screened(UUID.fromString((String) execution.getVariable(Variables.CLAIM_ID)), priority.intValue());
    }
}
