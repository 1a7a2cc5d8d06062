package org.victimcompensation.domain.award;

import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The award arithmetic, in the order a program applies it:
 * <ol>
 *   <li>per category, the reviewer's recommendation, never more than was claimed in the category
 *       nor the schedule's cap for it;</li>
 *   <li>all categories together, never more than the overall cap nor the total claimed less what
 *       collateral sources (insurance, other benefits) paid: the program is payer of last resort.
 *       Any excess comes off the categories in reverse order of {@link ExpenseCategory}, so medical
 *       and mental-health costs are the last to be reduced;</li>
 *   <li>an emergency award already paid is an advance on the final award: it is deducted from what
 *       is still payable, first in its own category, then from the others.</li>
 * </ol>
 */
public final class AwardCalculator {

    private AwardCalculator() {
    }

    public static AwardDecision calculate(BenefitSchedule schedule,
                                          Map<ExpenseCategory, Money> claimed,
                                          Map<ExpenseCategory, Money> recommended,
                                          Money collateralTotal,
                                          Map<ExpenseCategory, Money> emergencyPaid) {
        Map<ExpenseCategory, Money> amounts = new EnumMap<>(ExpenseCategory.class);
        Map<ExpenseCategory, Award.Limit> limits = new EnumMap<>(ExpenseCategory.class);
        Money claimedTotal = Money.ZERO;
        for (Money c : claimed.values()) {
            claimedTotal = claimedTotal.plus(c);
        }

        for (ExpenseCategory category : ExpenseCategory.values()) {
            Money amount = recommended.get(category);
            if (amount == null) {
                continue;
            }
            Award.Limit limit = Award.Limit.NONE;
            Money claimedInCategory = claimed.getOrDefault(category, Money.ZERO);
            if (amount.isGreaterThan(claimedInCategory)) {
                amount = claimedInCategory;
                limit = Award.Limit.CLAIMED_AMOUNT;
            }
            Money cap = schedule.effectiveCapFor(category);
            if (amount.isGreaterThan(cap)) {
                amount = cap;
                limit = Award.Limit.CATEGORY_CAP;
            }
            amounts.put(category, amount);
            limits.put(category, limit);
        }

        Money overallLimit = schedule.overallCap().min(claimedTotal.minusFloorZero(collateralTotal));
        Money total = sum(amounts);
        if (total.isGreaterThan(overallLimit)) {
            Money excess = total.minusFloorZero(overallLimit);
            ExpenseCategory[] categories = ExpenseCategory.values();
            for (int i = categories.length - 1; i >= 0 && !excess.isZero(); i--) {
                Money amount = amounts.get(categories[i]);
                if (amount == null || amount.isZero()) {
                    continue;
                }
                Money cut = amount.min(excess);
                amounts.put(categories[i], amount.minusFloorZero(cut));
                limits.put(categories[i], Award.Limit.OVERALL_LIMIT);
                excess = excess.minusFloorZero(cut);
            }
            total = sum(amounts);
        }

        List<Award> awards = new ArrayList<>();
        amounts.forEach((category, amount) ->
                awards.add(new Award(category, recommended.get(category), amount, limits.get(category))));

        Money advance = sum(emergencyPaid);
        return new AwardDecision(awards, total, advance, payableAfterAdvance(amounts, emergencyPaid));
    }

    private static Map<ExpenseCategory, Money> payableAfterAdvance(Map<ExpenseCategory, Money> awarded,
                                                                   Map<ExpenseCategory, Money> emergencyPaid) {
        Map<ExpenseCategory, Money> payable = new EnumMap<>(awarded);
        Money unabsorbed = Money.ZERO;
        for (Map.Entry<ExpenseCategory, Money> advance : emergencyPaid.entrySet()) {
            Money inCategory = payable.getOrDefault(advance.getKey(), Money.ZERO);
            Money absorbed = inCategory.min(advance.getValue());
            payable.put(advance.getKey(), inCategory.minusFloorZero(absorbed));
            unabsorbed = unabsorbed.plus(advance.getValue().minusFloorZero(absorbed));
        }
        for (ExpenseCategory category : ExpenseCategory.values()) {
            if (unabsorbed.isZero()) {
                break;
            }
            Money left = payable.get(category);
            if (left == null || left.isZero()) {
                continue;
            }
            Money absorbed = left.min(unabsorbed);
            payable.put(category, left.minusFloorZero(absorbed));
            unabsorbed = unabsorbed.minusFloorZero(absorbed);
        }
        payable.values().removeIf(Money::isZero);
        return payable;
    }

    private static Money sum(Map<ExpenseCategory, Money> amounts) {
        Money total = Money.ZERO;
        for (Money m : amounts.values()) {
            total = total.plus(m);
        }
        return total;
    }
}
