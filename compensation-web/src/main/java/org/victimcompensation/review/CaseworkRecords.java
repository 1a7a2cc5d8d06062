package org.victimcompensation.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.UUID;

/**
 * The review feature's part in the retention purge: each of its tables is deleted by its own writer
 * (reviews, emergency decisions, good-cause findings and verification requests; who holds the
 * claim; staff notes). Awards name reviews, so their owner purges them before this runs.
 */
@Component
public class CaseworkRecords {

    private final ReviewStore reviews;
    private final AssignmentStore assignments;
    private final ClaimNotes notes;

    CaseworkRecords(ReviewStore reviews, AssignmentStore assignments, ClaimNotes notes) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.notes = notes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void purge(Collection<UUID> claimIds) {
        UUID[] ids = claimIds.toArray(UUID[]::new);
        notes.deleteOf(ids);
        assignments.deleteOf(ids);
        reviews.deleteOf(ids);
    }
}
