package org.victimcompensation.process;

/** Names of the process variables: ids, flags and due dates only. */
final class Variables {
    static final String CLAIM_ID = "claimId";
    static final String EMERGENCY_REQUESTED = "emergencyRequested";
    static final String EMERGENCY_DUE = "emergencyDue";
    static final String FATAL_CRIME = "fatalCrime";
    static final String DOMESTIC_VIOLENCE = "domesticViolence";
    static final String MINOR_VICTIM = "minorVictim";
    static final String WITHIN_FILING_WINDOW = "withinFilingWindow";
    static final String PRIORITY = "priority";
    static final String REVIEW_OUTCOME = "reviewOutcome";
    static final String NEEDS_APPROVAL = "needsApproval";
    static final String APPROVED = "approved";
    static final String APPEAL_BY = "appealBy";
    static final String APPEAL_GRANTED = "appealGranted";

    static final String PAYMENT_REFERENCE = "paymentReference";

    static final String PROCESS_KEY = "claim-review";
    static final String REISSUE_PROCESS_KEY = "payment-reissue";

    private Variables() {
    }
}
