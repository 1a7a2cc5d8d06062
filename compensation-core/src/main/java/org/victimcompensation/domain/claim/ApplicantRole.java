package org.victimcompensation.domain.claim;

public enum ApplicantRole {
    VICTIM, FAMILY_MEMBER, DEPENDENT, OTHER
}
