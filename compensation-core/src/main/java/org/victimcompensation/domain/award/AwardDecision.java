package org.victimcompensation.domain.award;

import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.util.List;
import java.util.Map;

/**
 * The outcome of the award arithmetic: the awards by category, their total, the emergency award
 * already paid in advance, and what remains payable per category after that advance.
 */
public record AwardDecision(List<Award> awards, Money total, Money emergencyAdvance,
                            Map<ExpenseCategory, Money> payableByCategory) {

    public AwardDecision {
        awards = List.copyOf(awards);
        payableByCategory = Map.copyOf(payableByCategory);
    }

    public Money payable() {
        return payableByCategory.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
