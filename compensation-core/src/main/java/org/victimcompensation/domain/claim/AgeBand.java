package org.victimcompensation.domain.claim;

import java.time.LocalDate;
import java.time.Period;

/** The victim's age at the crime in the bands OVC reports use; stored so the birth date can stay sealed. */
public enum AgeBand {
    AGE_0_12, AGE_13_17, AGE_18_24, AGE_25_59, AGE_60_PLUS, UNKNOWN;

    public static AgeBand at(LocalDate birthDate, LocalDate crimeDate) {
        if (birthDate == null || birthDate.isAfter(crimeDate)) {
            return UNKNOWN;
        }
        int age = Period.between(birthDate, crimeDate).getYears();
        if (age <= 12) {
            return AGE_0_12;
        }
        if (age <= 17) {
            return AGE_13_17;
        }
        if (age <= 24) {
            return AGE_18_24;
        }
        return age <= 59 ? AGE_25_59 : AGE_60_PLUS;
    }

    public boolean isMinor() {
        return this == AGE_0_12 || this == AGE_13_17;
    }
}
