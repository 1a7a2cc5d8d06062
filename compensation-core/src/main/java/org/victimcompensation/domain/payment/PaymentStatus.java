package org.victimcompensation.domain.payment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A payment's life: due once its award is in force; issued when the gateway accepted it; settled or
 * returned when the bank says so; failed when the gateway refused it; reissued when a corrected
 * payment replaced a returned or failed one. Returned and failed payments are not paid.
 * The allowed moves are written here once; the ledger writes only these.
 */
public enum PaymentStatus {
    DUE, ISSUED, SETTLED, RETURNED, FAILED, REISSUED;

    /** The statuses a payment may be in to move to this one (none for DUE: a payment starts there). */
    public Set<PaymentStatus> reachedFrom() {
        return switch (this) {
            case DUE -> Set.of();
            case ISSUED, FAILED -> Set.of(DUE);
            case SETTLED -> Set.of(ISSUED);
            // A bank may return a payment it first reported settled.
            case RETURNED -> Collections.unmodifiableSet(EnumSet.of(ISSUED, SETTLED));
            case REISSUED -> Collections.unmodifiableSet(EnumSet.of(RETURNED, FAILED));
        };
    }

    public boolean canBecome(PaymentStatus next) {
        return next.reachedFrom().contains(this);
    }

    /** Names for a SQL guard: {@code status = any(?)}. */
    public String[] reachedFromNames() {
        return reachedFrom().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** Paid, or replaced by a payment that stands for it: a claim whose payments are all so is paid. */
    public boolean closesTheAward() {
        return this == SETTLED || this == REISSUED;
    }
}
