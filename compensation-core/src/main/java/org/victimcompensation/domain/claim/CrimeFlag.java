package org.victimcompensation.domain.claim;

public enum CrimeFlag {
    DOMESTIC_OR_FAMILY_VIOLENCE, ELDER_ABUSE, HATE_CRIME, MASS_VIOLENCE, BULLYING
}
