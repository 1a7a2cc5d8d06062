package org.victimcompensation.domain.claim;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands in its lifecycle (PRODUCT.md section 3). */
public enum ClaimStatus {
    SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPROVED, DENIED, APPEALED, PAID, CLOSED, WITHDRAWN;

    private static final Set<ClaimStatus> WITHDRAWABLE = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPEALED));

    /** A survivor may withdraw while no final decision stands. */
    public static Set<ClaimStatus> withdrawable() {
        return WITHDRAWABLE;
    }
}
