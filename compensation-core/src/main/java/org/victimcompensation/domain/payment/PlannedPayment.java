package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;

/** One payment to make for an award: how much, to whom. */
public record PlannedPayment(ExpenseCategory category, Money amount, Payee payeeKind, String providerName) {
}
