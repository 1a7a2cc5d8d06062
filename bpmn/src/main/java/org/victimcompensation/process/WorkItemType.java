package org.victimcompensation.process;

/** Kinds of staff work; each is a user task of the claim-review process with the same id. */
public enum WorkItemType {
    EMERGENCY_REVIEW, REVIEW, SUPERVISOR_APPROVAL, REISSUE, APPEAL_REVIEW;

    /**
     * Casework goes to whoever holds the claim. Approvals and appeals do not: they are a
     * supervisor's second look, by someone other than the person who did the work.
     */
    public boolean followsClaimHolder() {
        return this == EMERGENCY_REVIEW || this == REVIEW || this == REISSUE;
    }
}
