package org.victimcompensation.domain.claim;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AgeBandAndBusinessDaysTest {

    @Test
    void bandsFollowTheAgeOnTheCrimeDate() {
        LocalDate crime = LocalDate.of(2026, 6, 1);
        assertThat(AgeBand.at(LocalDate.of(2014, 6, 2), crime)).isEqualTo(AgeBand.AGE_0_12);
        assertThat(AgeBand.at(LocalDate.of(2008, 6, 2), crime)).isEqualTo(AgeBand.AGE_13_17);
        assertThat(AgeBand.at(LocalDate.of(2008, 6, 1), crime)).isEqualTo(AgeBand.AGE_18_24);
        assertThat(AgeBand.at(LocalDate.of(1966, 6, 2), crime)).isEqualTo(AgeBand.AGE_25_59);
        assertThat(AgeBand.at(LocalDate.of(1966, 6, 1), crime)).isEqualTo(AgeBand.AGE_60_PLUS);
        assertThat(AgeBand.at(null, crime)).isEqualTo(AgeBand.UNKNOWN);
    }

    @Test
    void twoBusinessDaysFromFridayIsTuesday() {
        assertThat(BusinessDays.after(LocalDate.of(2026, 11, 27), 2)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(BusinessDays.after(LocalDate.of(2026, 11, 24), 2)).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
