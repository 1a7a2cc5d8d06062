package org.victimcompensation.domain.claim;

public enum CollateralKind {
    INSURANCE, PUBLIC_BENEFIT, EMPLOYER, OTHER
}
