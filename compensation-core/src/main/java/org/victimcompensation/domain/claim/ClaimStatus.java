package org.victimcompensation.domain.claim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands in its lifecycle (PRODUCT.md section 3), and the moves it may make, written
 * once: {@code SUBMITTED -> IN_REVIEW -> (INFO_REQUESTED <-> IN_REVIEW) -> APPROVED | DENIED},
 * {@code APPROVED -> PAID}, {@code DENIED -> APPEALED -> IN_REVIEW | DENIED}, {@code WITHDRAWN}
 * while no final decision stands, and {@code WITHDRAWN -> SUBMITTED} when the survivor reopens it.
 */
public enum ClaimStatus {
    SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPROVED, DENIED, APPEALED, PAID, CLOSED, WITHDRAWN;

    private static final Set<ClaimStatus> WITHDRAWABLE = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPEALED));

    /** A survivor may withdraw while no final decision stands. */
    public static Set<ClaimStatus> withdrawable() {
        return WITHDRAWABLE;
    }

    /** The statuses a claim may be in to move to this one. */
    public Set<ClaimStatus> reachedFrom() {
        return switch (this) {
            // Reopened by the survivor: screened again like a new claim.
            case SUBMITTED -> Set.of(WITHDRAWN);
            // Screening; information arrived; an appeal granted sends the claim back to review.
            case IN_REVIEW -> Collections.unmodifiableSet(EnumSet.of(SUBMITTED, INFO_REQUESTED, APPEALED));
            // Information may be requested before screening has recorded the claim in review.
            case INFO_REQUESTED -> Collections.unmodifiableSet(EnumSet.of(SUBMITTED, IN_REVIEW));
            // Approved in review; or paid, until the bank returned a payment: something is owed again.
            case APPROVED -> Collections.unmodifiableSet(EnumSet.of(IN_REVIEW, PAID));
            // A denial, or an appeal refused (the denial stands).
            case DENIED -> Collections.unmodifiableSet(EnumSet.of(IN_REVIEW, APPEALED));
            case APPEALED -> Set.of(DENIED);
            case PAID -> Set.of(APPROVED);
            case CLOSED -> Collections.unmodifiableSet(EnumSet.of(PAID, DENIED));
            case WITHDRAWN -> WITHDRAWABLE;
        };
    }

    public boolean canBecome(ClaimStatus next) {
        return next.reachedFrom().contains(this);
    }
}
