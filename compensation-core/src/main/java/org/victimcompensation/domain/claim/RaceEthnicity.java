package org.victimcompensation.domain.claim;

/**
 * Race or ethnicity as the survivor reports it (several may apply), in the categories of the OVC
 * performance measures, from a closed list so that no answer can name or describe a person.
 * Optional, counted in funder reports, never read by a rule that decides.
 */
public enum RaceEthnicity {
    AMERICAN_INDIAN_ALASKA_NATIVE("American Indian or Alaska Native"),
    ASIAN("Asian"),
    BLACK_AFRICAN_AMERICAN("Black or African American"),
    HISPANIC_LATINO("Hispanic or Latino"),
    NATIVE_HAWAIIAN_PACIFIC_ISLANDER("Native Hawaiian or Other Pacific Islander"),
    WHITE("White"),
    ANOTHER("Another race or ethnicity"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String reportLabel;

    RaceEthnicity(String reportLabel) {
        this.reportLabel = reportLabel;
    }

    /** The category's name in the (English) funder report. */
    public String reportLabel() {
        return reportLabel;
    }
}
