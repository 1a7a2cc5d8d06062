package org.victimcompensation.domain.claim;

/** Who can confirm what happened. {@code NOT_YET}: nobody yet, and the program helps find someone. */
public enum VerificationSource {
    POLICE_REPORT, PROTECTIVE_ORDER, MEDICAL_PROVIDER, MENTAL_HEALTH_PROVIDER, VICTIM_ADVOCATE, SHELTER_OR_DV_PROGRAM, FORENSIC_EXAM, PROTECTIVE_SERVICES, TITLE_IX, WITNESS_AFFIDAVIT, OTHER, NOT_YET
}
