package org.victimcompensation.domain.claim;

public enum Payee {
    PROVIDER, APPLICANT
}
