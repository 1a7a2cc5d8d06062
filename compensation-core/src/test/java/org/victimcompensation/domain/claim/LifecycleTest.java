package org.victimcompensation.domain.claim;

import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.payment.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim and payment lifecycles as PRODUCT.md section 3 draws them. */
class LifecycleTest {

    @Test
    void aClaimMovesOnlyAlongTheDrawnPaths() {
        assertThat(ClaimStatus.SUBMITTED.canBecome(ClaimStatus.IN_REVIEW)).isTrue();
        assertThat(ClaimStatus.IN_REVIEW.canBecome(ClaimStatus.INFO_REQUESTED)).isTrue();
        assertThat(ClaimStatus.INFO_REQUESTED.canBecome(ClaimStatus.IN_REVIEW)).isTrue();
        assertThat(ClaimStatus.IN_REVIEW.canBecome(ClaimStatus.APPROVED)).isTrue();
        assertThat(ClaimStatus.APPROVED.canBecome(ClaimStatus.PAID)).isTrue();
        assertThat(ClaimStatus.PAID.canBecome(ClaimStatus.APPROVED)).as("a payment came back").isTrue();
        assertThat(ClaimStatus.DENIED.canBecome(ClaimStatus.APPEALED)).isTrue();
        assertThat(ClaimStatus.APPEALED.canBecome(ClaimStatus.IN_REVIEW)).isTrue();
        assertThat(ClaimStatus.APPEALED.canBecome(ClaimStatus.DENIED)).isTrue();

        assertThat(ClaimStatus.SUBMITTED.canBecome(ClaimStatus.APPROVED)).as("never without review").isFalse();
        assertThat(ClaimStatus.DENIED.canBecome(ClaimStatus.PAID)).isFalse();
        assertThat(ClaimStatus.PAID.canBecome(ClaimStatus.WITHDRAWN)).as("a final decision stands").isFalse();
        assertThat(ClaimStatus.WITHDRAWN.canBecome(ClaimStatus.IN_REVIEW)).isFalse();
        assertThat(ClaimStatus.WITHDRAWN.canBecome(ClaimStatus.SUBMITTED)).as("reopened by the survivor").isTrue();
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(status.canBecome(ClaimStatus.SUBMITTED)).as("only a withdrawn claim returns from " + status)
                    .isEqualTo(status == ClaimStatus.WITHDRAWN);
        }
    }

    @Test
    void aPaymentIsPaidOnceAndReissuedOnlyWhenItWasNot() {
        assertThat(PaymentStatus.DUE.canBecome(PaymentStatus.ISSUED)).isTrue();
        assertThat(PaymentStatus.ISSUED.canBecome(PaymentStatus.SETTLED)).isTrue();
        assertThat(PaymentStatus.SETTLED.canBecome(PaymentStatus.RETURNED)).isTrue();
        assertThat(PaymentStatus.RETURNED.canBecome(PaymentStatus.REISSUED)).isTrue();
        assertThat(PaymentStatus.FAILED.canBecome(PaymentStatus.REISSUED)).isTrue();

        assertThat(PaymentStatus.SETTLED.canBecome(PaymentStatus.SETTLED)).as("a second settlement is a duplicate").isFalse();
        assertThat(PaymentStatus.DUE.canBecome(PaymentStatus.SETTLED)).as("never issued").isFalse();
        assertThat(PaymentStatus.SETTLED.canBecome(PaymentStatus.REISSUED)).as("paid: nothing to reissue").isFalse();
        assertThat(PaymentStatus.REISSUED.canBecome(PaymentStatus.ISSUED)).isFalse();
        assertThat(PaymentStatus.RETURNED.reachedFromNames()).containsExactly("ISSUED", "SETTLED");
    }
}
