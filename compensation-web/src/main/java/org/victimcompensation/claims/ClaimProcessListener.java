package org.victimcompensation.claims;

import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.process.ClaimProcessEvents;

import java.util.UUID;

/** Applies what the claim-review process reports to the claim, in the engine's transaction. */
@Component
class ClaimProcessListener implements ClaimProcessEvents {

    private final Claims claims;

    ClaimProcessListener(Claims claims) {
        this.claims = claims;
    }

    @Override
    public void screened(UUID claimId, int priority) {
        claims.moveTo(claimId, ClaimStatus.IN_REVIEW, "screening", ClaimEvent.Kind.SCREENED);
    }

    @Override
    public void informationReminderDue(UUID claimId) {
        claims.recordEvent(claimId, "reminder", ClaimEvent.Kind.INFORMATION_REMINDER);
    }
}
