package org.victimcompensation.domain.award;

import net.jqwik.api.Assume;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AwardCalculatorProperties {

    private final BenefitSchedule schedule = BenefitSchedule.defaultSchedule();

    @Property
    void awardsNeverExceedAnyLimit(@ForAll("amounts") Map<ExpenseCategory, Money> claimed,
                                   @ForAll("amounts") Map<ExpenseCategory, Money> recommended,
                                   @ForAll("money") Money collateral) {
        AwardDecision decision = AwardCalculator.calculate(schedule, claimed, recommended, collateral, Map.of());

        Money claimedTotal = claimed.values().stream().reduce(Money.ZERO, Money::plus);
        for (Award award : decision.awards()) {
            assertThat(award.amount()).isLessThanOrEqualTo(claimed.getOrDefault(award.category(), Money.ZERO));
            assertThat(award.amount()).isLessThanOrEqualTo(schedule.effectiveCapFor(award.category()));
            assertThat(award.amount()).isLessThanOrEqualTo(award.recommended());
        }
        assertThat(decision.total()).isLessThanOrEqualTo(schedule.overallCap());
        assertThat(decision.total()).isLessThanOrEqualTo(claimedTotal.minusFloorZero(collateral));
        assertThat(decision.total()).isEqualTo(decision.awards().stream().map(Award::amount).reduce(Money.ZERO, Money::plus));
    }

    @Property
    void nothingIsCutWhenNoLimitBinds(@ForAll("amounts") Map<ExpenseCategory, Money> recommended) {
        Map<ExpenseCategory, Money> claimed = new EnumMap<>(ExpenseCategory.class);
        recommended.forEach((c, m) -> claimed.put(c, m.min(schedule.effectiveCapFor(c))));
        Money claimedTotal = claimed.values().stream().reduce(Money.ZERO, Money::plus);
        Assume.that(!claimedTotal.isGreaterThan(schedule.overallCap()));
        AwardDecision decision = AwardCalculator.calculate(schedule, claimed, claimed, Money.ZERO, Map.of());
        assertThat(decision.total()).isEqualTo(claimedTotal);
    }

    @Property
    void theEmergencyAdvanceComesOffWhatIsPayable(@ForAll("amounts") Map<ExpenseCategory, Money> claimed,
                                                   @ForAll("money") Money advance) {
        Money emergency = advance.min(schedule.emergencyAwardMax());
        AwardDecision decision = AwardCalculator.calculate(schedule, claimed, claimed, Money.ZERO,
                Map.of(ExpenseCategory.RELOCATION, emergency));

        assertThat(decision.emergencyAdvance()).isEqualTo(emergency);
        assertThat(decision.payable()).isEqualTo(decision.total().minusFloorZero(emergency));
        decision.payableByCategory().forEach((category, payable) -> assertThat(payable).isLessThanOrEqualTo(
                decision.awards().stream().filter(a -> a.category() == category).findFirst().orElseThrow().amount()));
    }

    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.longs().between(0, 12_000_000).map(Money::ofCents);
    }

    @Provide
    Arbitrary<Map<ExpenseCategory, Money>> amounts() {
        return Arbitraries.maps(Arbitraries.of(ExpenseCategory.class), money()).ofMaxSize(6)
                .map(m -> m.isEmpty() ? Map.<ExpenseCategory, Money>of() : new EnumMap<>(m));
    }
}
