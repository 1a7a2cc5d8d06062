package org.victimcompensation.domain.award;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenefitScheduleTest {

    private final BenefitSchedule schedule = BenefitSchedule.defaultSchedule();

    @Test
    void sevenYearsFromTheCrime() {
        LocalDate crime = LocalDate.of(2018, 3, 1);
        LocalDate adult = LocalDate.of(1980, 1, 1);
        assertThat(schedule.isWithinFilingWindow(crime, adult, LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(schedule.isWithinFilingWindow(crime, adult, LocalDate.of(2025, 3, 2))).isFalse();
    }

    @Test
    void aMinorVictimMayFileUntilTwentyEight() {
        LocalDate born = LocalDate.of(2000, 6, 1);
        LocalDate crime = LocalDate.of(2010, 6, 1);
        assertThat(schedule.isWithinFilingWindow(crime, born, LocalDate.of(2028, 6, 1))).isTrue();
        assertThat(schedule.isWithinFilingWindow(crime, born, LocalDate.of(2028, 6, 2))).isFalse();
    }

    @Test
    void emergencyAwardsAreCappedByTheCategoryToo() {
        assertThat(schedule.emergencyLimitFor(ExpenseCategory.RELOCATION)).isEqualTo(Money.dollars(2_000));
        assertThat(schedule.emergencyLimitFor(ExpenseCategory.FUNERAL_BURIAL)).isEqualTo(Money.dollars(2_500));
    }

    @Test
    void theScheduleInForceOnTheCrimeDateApplies() {
        BenefitSchedule newer = new BenefitSchedule("2027", LocalDate.of(2027, 1, 1), Money.dollars(80_000),
                schedule.categoryCaps(), schedule.emergencyAwardMax(), schedule.supervisorApprovalAbove(),
                schedule.filingWindow(), 28, schedule.appealWindow(), 2);
        BenefitSchedules schedules = new BenefitSchedules(List.of(newer, schedule));
        assertThat(schedules.inForceOn(LocalDate.of(2026, 12, 31)).overallCap()).isEqualTo(Money.dollars(70_000));
        assertThat(schedules.inForceOn(LocalDate.of(2027, 1, 1)).overallCap()).isEqualTo(Money.dollars(80_000));
    }
}
