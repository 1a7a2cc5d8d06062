package org.victimcompensation.batch.reconciliation;

import java.util.List;
import java.util.UUID;

/**
 * Told, in the reconciliation's transaction, of claims that now have nothing more owed, or owe
 * again. The job only knows payments; what that means for a claim (PAID when it was approved, back
 * to APPROVED when a payment of a paid claim comes back) is the claims feature's rule.
 */
public interface PaidClaims {

    void fullyPaid(List<UUID> claimIds, String by);

    /** Claims with a payment the bank returned in this reconciliation: something is owed on them again. */
    void paymentReturned(List<UUID> claimIds, String by);
}
