package org.victimcompensation.awards;

import org.victimcompensation.domain.award.Award;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

/** A stored award: its amount, and what is still payable after any emergency advance. */
public record AwardLine(Kind kind, ExpenseCategory category, Money recommended, Money amount, Money payable,
                        Award.Limit limitedBy) {

    public enum Kind {
        EMERGENCY, FINAL
    }
}
