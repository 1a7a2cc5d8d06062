package org.victimcompensation.claims;

import org.springframework.stereotype.Component;
import org.victimcompensation.batch.reconciliation.PaidClaims;
import org.victimcompensation.domain.claim.ClaimStatus;

import java.util.List;
import java.util.UUID;

/**
 * An approved claim whose payments have all settled is PAID (an emergency advance alone pays no
 * claim); a paid claim whose payment the bank returns is APPROVED again until the reissue settles.
 */
@Component
class ClaimsPaidBySettlement implements PaidClaims {

    private final Claims claims;
    private final ClaimStore store;

    ClaimsPaidBySettlement(Claims claims, ClaimStore store) {
        this.claims = claims;
        this.store = store;
    }

    @Override
    public void fullyPaid(List<UUID> claimIds, String by) {
        for (UUID claimId : claimIds) {
            store.status(claimId).filter(status -> status.canBecome(ClaimStatus.PAID))
                    .ifPresent(status -> claims.moveTo(claimId, ClaimStatus.PAID, by, ClaimEvent.Kind.PAID));
        }
    }

    @Override
    public void paymentReturned(List<UUID> claimIds, String by) {
        for (UUID claimId : claimIds) {
            store.status(claimId).filter(status -> status == ClaimStatus.PAID)
                    .ifPresent(status -> claims.moveTo(claimId, ClaimStatus.APPROVED, by, ClaimEvent.Kind.PAYMENT_RETURNED));
        }
    }
}
