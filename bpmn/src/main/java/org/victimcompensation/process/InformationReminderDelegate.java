package org.victimcompensation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component("informationReminder")
class InformationReminderDelegate implements JavaDelegate {

    private final ClaimProcessEvents events;

    InformationReminderDelegate(ClaimProcessEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.informationReminderDue(UUID.fromString((String) execution.getVariable(Variables.CLAIM_ID)));
    }
}
