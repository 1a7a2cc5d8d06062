package org.victimcompensation.batch.reconciliation;

import org.victimcompensation.domain.money.Money;

import java.math.BigDecimal;

/** Amounts as banks write them, made exact cents or refused with where they stand. */
final class Amounts {

    private Amounts() {
    }

    /** A non-negative decimal; zeros past the cents are notation only ({@code 8.850} is 8.85), a fraction of a cent is refused. */
    static Money decimal(BigDecimal value, String where) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.signum() < 0 || exact.scale() > 2) {
            throw new SettlementFileException(where + " has an amount that is not a positive sum in cents: " + value.toPlainString());
        }
        try {
            return Money.of(exact);
        } catch (ArithmeticException e) {
            throw new SettlementFileException(where + " has an amount too large to be a payment: " + value.toPlainString());
        }
    }

    static Money decimal(String text, String where) {
        try {
            return decimal(new BigDecimal(text.trim()), where);
        } catch (NumberFormatException e) {
            throw new SettlementFileException(where + " has an amount that is not a number: " + text.trim());
        }
    }

    /** Whole cents written as digits only, as fixed-width and BAI2 files do. */
    static Money cents(String digits, String where) {
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SettlementFileException(where + " has an amount that is not whole cents: '" + digits + "'");
        }
        return Money.ofCents(Long.parseLong(digits));
    }
}
