package org.victimcompensation.domain.award;

import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

/**
 * The amount awarded in one expense category, with what the reviewer asked for and, when the
 * award is lower, the rule that limited it.
 */
public record Award(ExpenseCategory category, Money recommended, Money amount, Limit limitedBy) {

    public enum Limit {
        NONE,
        /** Never more than the survivor claimed in the category. */
        CLAIMED_AMOUNT,
        /** The benefit schedule's cap for the category. */
        CATEGORY_CAP,
        /** The overall cap, or the claim's total less collateral sources (the program pays last). */
        OVERALL_LIMIT
    }
}
