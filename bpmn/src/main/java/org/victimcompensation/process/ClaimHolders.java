package org.victimcompensation.process;

import java.util.Optional;

/**
 * Who holds a claim, as the application records it. The engine asks when new casework opens on a
 * claim (the review after an emergency decision, a review after information arrived, a reissue),
 * so the work goes to the person who holds the claim without anyone taking it again.
 */
public interface ClaimHolders {

    Optional<String> holderOf(String claimReference);
}
