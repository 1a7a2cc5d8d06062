package org.victimcompensation.process;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stands in for the claims feature: records what the process told it. */
class RecordingProcessEvents implements ClaimProcessEvents {

    final List<String> received = new ArrayList<>();

    @Override
    public void screened(UUID claimId, int priority) {
        received.add("screened " + claimId + " priority " + priority);
    }

    @Override
    public void informationReminderDue(UUID claimId) {
        received.add("reminder " + claimId);
    }
}
