package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.claim.ExpenseCategory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A funding rule program staff keep: from {@code effectiveFrom}, payments of {@code category} (null:
 * every category) are charged to {@code fundSource} and, for a grant, {@code grantAward}. Rules are
 * versions: a later rule replaces the earlier ones it covers, and a payment keeps the rule that was in
 * force the day it was issued.
 */
public record FundingRule(long id, LocalDate effectiveFrom, ExpenseCategory category, FundSource fundSource,
                          String grantAward) {

    /**
     * The rule in force on {@code day} for a payment of {@code category}: the latest effective date
     * wins (so a new all-categories rule for a new grant year replaces last year's category rules);
     * on the same date a rule for the category beats one for every category; among equals the one
     * recorded last (a correction) wins. Empty when no rule covers it: the payment is state-funded.
     */
    public static Optional<FundingRule> inForce(Collection<FundingRule> rules, ExpenseCategory category, LocalDate day) {
        return rules.stream()
                .filter(r -> !r.effectiveFrom().isAfter(day) && (r.category() == null || r.category() == category))
                .max(Comparator.comparing(FundingRule::effectiveFrom)
                        .thenComparing(r -> r.category() != null)
                        .thenComparingLong(FundingRule::id));
    }
}
