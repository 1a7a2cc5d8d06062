package org.victimcompensation.domain.fairprocess;

/** Why a claim filed after the filing window may still be heard; OTHER needs a note that says what. */
public enum GoodCauseGround {
    MINOR_AT_THE_TIME, TRAUMA, SAFETY, LANGUAGE, DISABILITY, NEW_DISCOVERY, OTHER
}
