package org.victimcompensation.process;

/** Kinds of staff work; each is a user task of the claim-review process with the same id. */
public enum WorkItemType {
    EMERGENCY_REVIEW, REVIEW, SUPERVISOR_APPROVAL, REISSUE, APPEAL_REVIEW
}
