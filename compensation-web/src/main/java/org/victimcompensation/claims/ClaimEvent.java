package org.victimcompensation.claims;

import java.time.Instant;

/** One line of a claim's history: what happened and who did it, never personal data. */
public record ClaimEvent(Instant at, String actor, Kind event) {

    public enum Kind {
        SUBMITTED, SCREENED, EMERGENCY_AWARD_APPROVED, EMERGENCY_AWARD_DECLINED, REVIEW_RECOMMENDED_APPROVAL,
        REVIEW_RECOMMENDED_DENIAL, INFORMATION_REQUESTED, INFORMATION_REMINDER, DOCUMENT_ADDED, SUPERVISOR_APPROVED,
        SUPERVISOR_RETURNED, APPROVED, DENIED, APPEALED, APPEAL_GRANTED, APPEAL_DENIED, WITHDRAWN, REOPENED, SAFE_CONTACT_CHANGED, PAYMENT_REISSUED, PAID, PAYMENT_RETURNED
    }
}
