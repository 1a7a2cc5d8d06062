package org.victimcompensation.claims;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.retention.Retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The claims feature's part in the retention purge: which claims may be closed for good (the facts
 * core's {@link Retention} decides on), and deleting what this feature writes for them: the claim,
 * its personal data, expenses, collateral sources, events, decisions, appeals, intake keys and
 * documents. Also forgets what has expired whatever the claim: drafts and access-code failures.
 */
@Component
public class ClosedClaims {

    private final ClaimStore store;
    private final Documents documents;
    private final ApplicationDrafts drafts;
    private final AccessCodeThrottle throttle;

    ClosedClaims(ClaimStore store, Documents documents, ApplicationDrafts drafts, AccessCodeThrottle throttle) {
        this.store = store;
        this.documents = documents;
        this.drafts = drafts;
        this.throttle = throttle;
    }

    /** Where a walk through the candidates stands: (submitted_at, id) of the last one seen. */
    public record After(Instant submittedAt, UUID id) {
        public static final After START = new After(Instant.EPOCH, new UUID(0, 0));
    }

    /** A claim in a final status, with what decides since when it is closed for good. */
    public record ClosingClaim(UUID id, String reference, Instant submittedAt, ClaimStatus status, boolean decisionStands,
                               Instant closedAt, Instant decidedAt, LocalDate appealBy, Instant paidAt) {

        public Retention.ClaimFacts facts(boolean workOpen) {
            return new Retention.ClaimFacts(status, decisionStands, closedAt, decidedAt, appealBy, paidAt, workOpen);
        }

        public After position() {
            return new After(submittedAt, id);
        }
    }

    /**
     * The next claims in a final status submitted before {@code submittedBefore}, locked until the
     * caller's transaction ends, so none of them changes while it is judged and purged.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ClosingClaim> lockCandidates(Instant submittedBefore, After after, int limit) {
        return store.lockClosingCandidates(Retention.finalStatuses(), submittedBefore, after, limit);
    }

    /** Deletes the claims and everything this feature holds on them; other features purge theirs first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int purge(Collection<UUID> claimIds) {
        UUID[] ids = claimIds.toArray(UUID[]::new);
        documents.deleteOf(ids);
        return store.deleteOf(ids);
    }

    /** Deletes drafts past their date and access-code failures past the throttle's window; returns the drafts deleted. */
    @Transactional
    public int purgeExpired() {
        throttle.forgetExpired();
        return drafts.deleteExpired();
    }
}
