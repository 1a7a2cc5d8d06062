package org.victimcompensation.domain.retention;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.fairprocess.FairProcessRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a claim is closed for good, and when its retention period has run out. */
class RetentionTest {

    private static final FairProcessRules RULES = FairProcessRules.defaults(); // reopen within one year
    private static final Retention SEVEN_YEARS = new Retention(Period.ofYears(7));
    private static final Instant AT = Instant.parse("2019-03-10T15:00:00Z");

    private static Retention.ClaimFacts facts(ClaimStatus status) {
        return new Retention.ClaimFacts(status, false, null, null, null, null, false);
    }

    @Test
    void aWithdrawnClaimIsClosedForGoodOnlyOnceItCanNoLongerBeReopened() {
        var withdrawn = new Retention.ClaimFacts(ClaimStatus.WITHDRAWN, false, AT, null, null, null, false);
        assertThat(Retention.closedForGoodSince(withdrawn, RULES)).contains(Instant.parse("2020-03-11T00:00:00Z"));
        assertThat(RULES.mayReopen(LocalDate.parse("2020-03-10"), LocalDate.parse("2020-03-10"))).isTrue();
        assertThat(RULES.mayReopen(LocalDate.parse("2019-03-10"), LocalDate.parse("2020-03-11"))).isFalse();

        var afterDecision = new Retention.ClaimFacts(ClaimStatus.WITHDRAWN, true, AT, AT.minusSeconds(86_400), null, null, false);
        assertThat(Retention.closedForGoodSince(afterDecision, RULES)).as("the decision stands: no reopening").contains(AT);
    }

    @Test
    void aDenialIsFinalWhenTheAppealWindowHasPassed() {
        var denied = new Retention.ClaimFacts(ClaimStatus.DENIED, true, null, AT, LocalDate.parse("2019-04-24"), null, false);
        assertThat(Retention.closedForGoodSince(denied, RULES)).contains(Instant.parse("2019-04-25T00:00:00Z"));

        var appealRefused = new Retention.ClaimFacts(ClaimStatus.DENIED, true, null, AT, null, null, false);
        assertThat(Retention.closedForGoodSince(appealRefused, RULES)).contains(AT);
    }

    @Test
    void aPaidClaimIsClosedFromItsLastPaymentUnlessWorkIsStillOpen() {
        var paid = new Retention.ClaimFacts(ClaimStatus.PAID, true, null, AT, null, AT.plusSeconds(3_600), false);
        assertThat(Retention.closedForGoodSince(paid, RULES)).contains(AT.plusSeconds(3_600));

        var returnedSince = new Retention.ClaimFacts(ClaimStatus.PAID, true, null, AT, null, AT, true);
        assertThat(Retention.closedForGoodSince(returnedSince, RULES)).as("a payment to reissue").isEmpty();
        var deniedWithAdvanceInFlight = new Retention.ClaimFacts(ClaimStatus.DENIED, true, null, AT, null, null, true);
        assertThat(Retention.closedForGoodSince(deniedWithAdvanceInFlight, RULES)).isEmpty();
        var withdrawnWithReissueRunning = new Retention.ClaimFacts(ClaimStatus.WITHDRAWN, true, AT, AT, null, null, true);
        assertThat(Retention.closedForGoodSince(withdrawnWithReissueRunning, RULES)).isEmpty();
    }

    @Test
    void anOpenClaimIsNeverClosed() {
        for (ClaimStatus status : EnumSet.complementOf(EnumSet.copyOf(Retention.finalStatuses()))) {
            var open = new Retention.ClaimFacts(status, status == ClaimStatus.APPROVED, AT, AT, LocalDate.parse("2019-04-24"), AT, false);
            assertThat(Retention.closedForGoodSince(open, RULES)).as(status.name()).isEmpty();
            assertThat(SEVEN_YEARS.isDue(open, RULES, AT.plusSeconds(100L * 365 * 86_400))).as(status.name()).isFalse();
        }
        assertThat(Retention.finalStatuses()).containsExactlyInAnyOrder(ClaimStatus.WITHDRAWN, ClaimStatus.DENIED,
                ClaimStatus.PAID, ClaimStatus.CLOSED);
        assertThat(Retention.closedForGoodSince(facts(ClaimStatus.WITHDRAWN), RULES)).as("no date, no closing").isEmpty();
    }

    @Test
    void aClaimIsDueWhenItHasBeenClosedForGoodForTheWholePeriod() {
        var paid = new Retention.ClaimFacts(ClaimStatus.PAID, true, null, AT, null, AT, false);
        assertThat(SEVEN_YEARS.isDue(paid, RULES, Instant.parse("2026-03-10T14:59:59Z"))).isFalse();
        assertThat(SEVEN_YEARS.isDue(paid, RULES, Instant.parse("2026-03-10T15:00:00Z"))).isTrue();

        var withdrawn = new Retention.ClaimFacts(ClaimStatus.WITHDRAWN, false, AT, null, null, null, false);
        assertThat(SEVEN_YEARS.isDue(withdrawn, RULES, Instant.parse("2026-03-10T15:00:00Z")))
                .as("the period runs from the end of the reopening window").isFalse();
        assertThat(SEVEN_YEARS.isDue(withdrawn, RULES, Instant.parse("2027-03-11T00:00:00Z"))).isTrue();

        Instant now = Instant.parse("2026-12-04T00:00:00Z");
        assertThat(SEVEN_YEARS.submittedBefore(now)).isEqualTo(Instant.parse("2019-12-04T00:00:00Z"));
    }

    @Test
    void thePeriodMustBePositive() {
        assertThatThrownBy(() -> new Retention(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
