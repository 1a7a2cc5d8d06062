package org.victimcompensation.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of US dollars, held as whole cents so that sums never drift.
 * The public API writes money as a decimal string with two places ("1234.50").
 */
public final class Money implements Comparable<Money> {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    public static final Money ZERO = new Money(0);

    private final long cents;

    private Money(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("money cannot be negative");
        }
        this.cents = cents;
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money dollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100));
    }

    /** Parses a non-negative decimal string with at most two places, e.g. "1234.5" or "1234.50". */
    public static Money parse(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a non-negative decimal with at most two places, like \"1234.50\"");
        }
        return of(new BigDecimal(text));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    public long cents() {
        return cents;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    /** Subtracts, stopping at zero: an award or a balance is never negative. */
    public Money minusFloorZero(Money other) {
        return new Money(Math.max(0, cents - other.cents));
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.cents == cents;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cents);
    }

    /** The API form: "1234.50". */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
