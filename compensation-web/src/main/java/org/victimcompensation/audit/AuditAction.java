package org.victimcompensation.audit;

public enum AuditAction {
    CLAIM_READ, DOCUMENT_READ, EMERGENCY_DECISION, REVIEW_DECISION, APPROVAL_DECISION, APPEAL_DECISION, PAYMENT_REISSUE, GOOD_CAUSE_FINDING,
    VERIFICATION_REQUEST, CLAIM_ASSIGNED, CLAIM_HANDED_BACK, NOTE_ADDED,
    /** A staff search for claims; {@code detail} says by what and how many were found, never the values sought. */
    CLAIM_SEARCH,
    /** A call to the engine's REST API or Cockpit (concerns no one claim). */
    ENGINE_OPERATION,
    /** Funder reporting (concern no one claim, except a recovery): a quarter submitted, revenue or a recovery recorded,
     * a funding rule added, a payment re-charged to another fund source. */
    REPORT_SUBMITTED, REVENUE_RECORDED, RECOVERY_RECORDED, FUNDING_RULE_ADDED, FUND_SOURCE_CHANGED,
    /** A run of the retention purge (concerns no one claim): {@code detail} has its counts and cut-off, nothing personal. */
    RETENTION_PURGE,
    /** A print batch made or downloaded (it holds the addresses of many survivors): {@code detail} names the batch. */
    PRINT_BATCH_MADE, PRINT_BATCH_READ
}
