package org.victimcompensation.domain.claim;

/**
 * The crime sub-types OVC's VOCA compensation performance measures count apart from their crime type:
 * "child sexual abuse/assault" and "child physical abuse or neglect" within child abuse, and "human
 * trafficking: sex" and "human trafficking: labor". Optional at intake; a claim of one of these types
 * without one is reported as "not specified", never guessed. One per claim, as the PMT counts each
 * claim on one line: where both apply, the one the claim is mainly about.
 */
public enum CrimeSubType {
    CHILD_SEXUAL_ABUSE(CrimeType.CHILD_ABUSE, "Child sexual abuse/assault"),
    CHILD_PHYSICAL_ABUSE(CrimeType.CHILD_ABUSE, "Child physical abuse or neglect"),
    SEX_TRAFFICKING(CrimeType.HUMAN_TRAFFICKING, "Human trafficking: sex"),
    LABOR_TRAFFICKING(CrimeType.HUMAN_TRAFFICKING, "Human trafficking: labor");

    private final CrimeType type;
    private final String reportLabel;

    CrimeSubType(CrimeType type, String reportLabel) {
        this.type = type;
        this.reportLabel = reportLabel;
    }

    /** The crime type this is a sub-type of. */
    public CrimeType type() {
        return type;
    }

    /** The PMT's name for the line, in the (English) funder report. */
    public String reportLabel() {
        return reportLabel;
    }
}
