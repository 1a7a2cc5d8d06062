package org.victimcompensation.process;

import java.util.UUID;

/**
 * What the process tells the claims feature, through the delegates. Implemented outside this
 * module, so the process never needs to know how claims are stored.
 */
public interface ClaimProcessEvents {

    /** Screening is done; the claim is now in review with the given priority. */
    void screened(UUID claimId, int priority);

    /** An information request has gone unanswered for another reminder period. */
    void informationReminderDue(UUID claimId);
}
