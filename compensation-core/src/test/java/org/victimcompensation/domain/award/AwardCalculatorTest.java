package org.victimcompensation.domain.award;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.victimcompensation.domain.claim.ExpenseCategory.FUNERAL_BURIAL;
import static org.victimcompensation.domain.claim.ExpenseCategory.MEDICAL_DENTAL;
import static org.victimcompensation.domain.claim.ExpenseCategory.RELOCATION;

class AwardCalculatorTest {

    private final BenefitSchedule schedule = BenefitSchedule.defaultSchedule();

    @Test
    void aWorkedExample() {
        // Funeral claimed 9,000 (cap 7,500); medical 3,000; insurance paid 2,000 of it all.
        AwardDecision decision = AwardCalculator.calculate(schedule,
                Map.of(FUNERAL_BURIAL, Money.dollars(9_000), MEDICAL_DENTAL, Money.dollars(3_000)),
                Map.of(FUNERAL_BURIAL, Money.dollars(9_000), MEDICAL_DENTAL, Money.dollars(3_000)),
                Money.dollars(2_000),
                Map.of(FUNERAL_BURIAL, Money.dollars(2_500)));

        // 7,500 + 3,000 = 10,500 exceeds 12,000 - 2,000 = 10,000: 500 comes off funeral (later in the list).
        assertThat(decision.awards()).containsExactly(
                new Award(MEDICAL_DENTAL, Money.dollars(3_000), Money.dollars(3_000), Award.Limit.NONE),
                new Award(FUNERAL_BURIAL, Money.dollars(9_000), Money.dollars(7_000), Award.Limit.OVERALL_LIMIT));
        assertThat(decision.total()).isEqualTo(Money.dollars(10_000));
        assertThat(decision.payable()).isEqualTo(Money.dollars(7_500));
        assertThat(decision.payableByCategory()).containsEntry(FUNERAL_BURIAL, Money.dollars(4_500));
    }

    @Test
    void anAdvanceLargerThanItsCategoryComesOffTheOthers() {
        AwardDecision decision = AwardCalculator.calculate(schedule,
                Map.of(RELOCATION, Money.dollars(500), MEDICAL_DENTAL, Money.dollars(1_000)),
                Map.of(RELOCATION, Money.dollars(500), MEDICAL_DENTAL, Money.dollars(1_000)),
                Money.ZERO,
                Map.of(RELOCATION, Money.dollars(800)));

        assertThat(decision.payableByCategory()).isEqualTo(Map.of(MEDICAL_DENTAL, Money.dollars(700)));
    }

    @Test
    void aCategoryCapLimits() {
        AwardDecision decision = AwardCalculator.calculate(schedule,
                Map.of(ExpenseCategory.MENTAL_HEALTH, Money.dollars(15_000)),
                Map.of(ExpenseCategory.MENTAL_HEALTH, Money.dollars(15_000)), Money.ZERO, Map.of());
        assertThat(decision.awards().get(0).amount()).isEqualTo(Money.dollars(10_000));
        assertThat(decision.awards().get(0).limitedBy()).isEqualTo(Award.Limit.CATEGORY_CAP);
    }
}
