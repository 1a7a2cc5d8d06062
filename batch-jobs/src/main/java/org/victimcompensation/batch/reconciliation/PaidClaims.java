package org.victimcompensation.batch.reconciliation;

import java.util.List;
import java.util.UUID;

/**
 * Told, in the reconciliation's transaction, of claims that now have nothing more owed. The job
 * only knows payments; what that means for a claim (it becomes PAID when it was approved) is the
 * claims feature's rule, which implements this.
 */
public interface PaidClaims {

    void fullyPaid(List<UUID> claimIds, String by);
}
