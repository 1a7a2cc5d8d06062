package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what is payable per category into payments to the right payees: the category's payable
 * amount goes to its expense lines in the order they were claimed, each line paid to its own payee
 * (a provider directly, or the survivor), never more than the line. Lines with the same payee in a
 * category become one payment.
 */
public final class PaymentPlan {

    private PaymentPlan() {
    }

    public static List<PlannedPayment> forFinalAward(Map<ExpenseCategory, Money> payableByCategory,
                                                     List<ClaimApplication.Expense> expenses) {
        List<PlannedPayment> payments = new ArrayList<>();
        for (ExpenseCategory category : ExpenseCategory.values()) {
            Money left = payableByCategory.getOrDefault(category, Money.ZERO);
            Map<String, PlannedPayment> byPayee = new LinkedHashMap<>();
            for (ClaimApplication.Expense line : expenses) {
                if (line.category() != category || left.isZero()) {
                    continue;
                }
                Money share = line.amount().min(left);
                left = left.minusFloorZero(share);
                String providerName = line.payee() == Payee.PROVIDER ? line.providerName() : null;
                String key = line.payee() + "|" + providerName;
                PlannedPayment earlier = byPayee.get(key);
                byPayee.put(key, new PlannedPayment(category,
                        earlier == null ? share : earlier.amount().plus(share), line.payee(), providerName));
            }
            byPayee.values().stream().filter(p -> !p.amount().isZero()).forEach(payments::add);
        }
        return payments;
    }

    /** An emergency award is paid to the survivor, who uses it for rent, a deposit or a funeral. */
    public static PlannedPayment forEmergencyAward(ExpenseCategory category, Money amount) {
        return new PlannedPayment(category, amount, Payee.APPLICANT, null);
    }
}
