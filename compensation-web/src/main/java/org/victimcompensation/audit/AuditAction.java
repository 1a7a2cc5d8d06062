package org.victimcompensation.audit;

public enum AuditAction {
    CLAIM_READ, DOCUMENT_READ, EMERGENCY_DECISION, REVIEW_DECISION, APPROVAL_DECISION, APPEAL_DECISION, PAYMENT_REISSUE, GOOD_CAUSE_FINDING,
    VERIFICATION_REQUEST,
    /** A call to the engine's REST API or Cockpit (concerns no one claim). */
    ENGINE_OPERATION
}
