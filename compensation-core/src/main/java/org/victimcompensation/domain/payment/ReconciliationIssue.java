package org.victimcompensation.domain.payment;

/** A settlement line that could not simply be applied; each is listed for a person to act on. */
public enum ReconciliationIssue {
    /** The bank's amount differs from the payment's: nothing was marked, someone must look. */
    AMOUNT_MISMATCH,
    /** No payment has this reference. */
    UNKNOWN_REFERENCE,
    /** The payment was already settled (or returned) by an earlier line. */
    DUPLICATE_LINE,
    /** The payment exists but was never issued to the gateway. */
    NEVER_ISSUED
}
