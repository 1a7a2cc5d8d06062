package org.victimcompensation.domain.retention;

import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.fairprocess.FairProcessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How long a closed claim is kept, and when a claim is closed for good: nothing in its lifecycle
 * can open it again and no money for it is still moving. The period runs from that moment, so a
 * claim is never purged while the survivor could still appeal or reopen it.
 */
public record Retention(Period keptFor) {

    private static final Set<ClaimStatus> FINAL = Collections.unmodifiableSet(
            EnumSet.of(ClaimStatus.WITHDRAWN, ClaimStatus.DENIED, ClaimStatus.PAID, ClaimStatus.CLOSED));

    public Retention {
        if (keptFor == null || keptFor.isNegative() || keptFor.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, was " + keptFor);
        }
    }

    /**
     * What decides when one claim closed for good. {@code closedAt} is set when it was withdrawn,
     * {@code decisionStands} when a decision was made and not overturned, {@code appealBy} is the last
     * day to appeal a denial (none after a refused appeal), {@code paidAt} the last time it became
     * PAID, and {@code workOpen} whether work on it is still going on: a payment neither settled nor
     * replaced, or a process of the claim still running (an appeal window, a reissue).
     */
    public record ClaimFacts(ClaimStatus status, boolean decisionStands, Instant closedAt, Instant decidedAt,
                             LocalDate appealBy, Instant paidAt, boolean workOpen) {
    }

    /** The statuses a claim closed for good can be in; any other status is an open claim. */
    public static Set<ClaimStatus> finalStatuses() {
        return FINAL;
    }

    /** Since when the claim has been closed for good; empty while it is open or could still be. */
    public static Optional<Instant> closedForGoodSince(ClaimFacts claim, FairProcessRules rules) {
        if (claim.workOpen()) {
            return Optional.empty(); // money still owed or moving, or the engine still waiting on the claim
        }
        return switch (claim.status()) {
            // Withdrawn after a decision, the decision stands and it cannot be reopened; otherwise the
            // survivor may reopen it until the last day the rules give.
            case WITHDRAWN -> Optional.ofNullable(claim.closedAt()).map(at -> claim.decisionStands() ? at
                    : startOfDay(LocalDate.ofInstant(at, ZoneOffset.UTC).plus(rules.reopenWithin()).plusDays(1)));
            // Final once the appeal window has passed; after a refused appeal (no window), at once.
            case DENIED -> Optional.ofNullable(claim.decidedAt()).map(at -> claim.appealBy() == null ? at
                    : latest(at, startOfDay(claim.appealBy().plusDays(1))));
            case PAID -> Optional.ofNullable(claim.paidAt());
            case CLOSED -> Optional.ofNullable(claim.closedAt());
            // Still being decided, approved with payments to come, or under appeal.
            case SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPROVED, APPEALED -> Optional.empty();
        };
    }

    /** Whether the claim has been closed for good for at least the retention period at {@code now}. */
    public boolean isDue(ClaimFacts claim, FairProcessRules rules, Instant now) {
        return closedForGoodSince(claim, rules).map(since -> !plusPeriod(since).isAfter(now)).orElse(false);
    }

    /** Every claim due at {@code now} was submitted before this instant: a safe first filter for a query. */
    public Instant submittedBefore(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(keptFor).toInstant();
    }

    private Instant plusPeriod(Instant since) {
        return since.atZone(ZoneOffset.UTC).plus(keptFor).toInstant();
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
