package org.victimcompensation.audit;

public enum AuditAction {
    CLAIM_READ, DOCUMENT_READ, EMERGENCY_DECISION, REVIEW_DECISION, APPROVAL_DECISION, APPEAL_DECISION, PAYMENT_REISSUE,
    CLAIM_ASSIGNED, CLAIM_HANDED_BACK, NOTE_ADDED,
    /** A staff search for claims; {@code detail} says by what and how many were found, never the values sought. */
    CLAIM_SEARCH,
    /** A call to the engine's REST API or Cockpit (concerns no one claim). */
    ENGINE_OPERATION
}
