package org.victimcompensation.claims;

import org.springframework.stereotype.Component;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.process.ClaimProcessEvents;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Applies what the claim-review process reports to the claim, in the engine's transaction. */
@Component
class ClaimProcessListener implements ClaimProcessEvents {

    private final ClaimStore store;
    private final Clock clock;

    ClaimProcessListener(ClaimStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void screened(UUID claimId, int priority) {
        store.changeStatus(claimId, Set.of(ClaimStatus.SUBMITTED), ClaimStatus.IN_REVIEW);
        store.recordEvent(claimId, clock.instant(), "screening", ClaimEvent.Kind.SCREENED);
    }

    @Override
    public void informationReminderDue(UUID claimId) {
        store.recordEvent(claimId, clock.instant(), "reminder", ClaimEvent.Kind.INFORMATION_REMINDER);
    }
}
