package org.victimcompensation.domain.claim;

/**
 * Gender identity as the survivor reports it, from a closed list so that no answer can name or
 * describe a person. Optional, counted in funder reports, never read by a rule that decides.
 */
public enum GenderIdentity {
    WOMAN("Woman"),
    MAN("Man"),
    TRANSGENDER("Transgender"),
    NON_BINARY("Non-binary"),
    ANOTHER("Another gender identity"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String reportLabel;

    GenderIdentity(String reportLabel) {
        this.reportLabel = reportLabel;
    }

    /** The category's name in the (English) funder report. */
    public String reportLabel() {
        return reportLabel;
    }
}
