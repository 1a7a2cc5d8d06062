package org.victimcompensation.domain.payment;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentReferenceTest {

    @Test
    void aReferenceFitsNachasIndividualIdentificationNumberAndEveryOtherRail() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = PaymentReference.generate(random);
            assertThat(reference).hasSize(15).matches("P[0-9A-Z]{14}").doesNotContain("I", "L", "O", "U");
            assertThat(PaymentReference.isWellFormed(reference)).isTrue();
            assertThat(seen.add(reference)).isTrue();
        }
    }

    @Test
    void referencesIssuedBeforeStillCountAsOurs() {
        assertThat(PaymentReference.isWellFormed("PAY-0123456789ABCDEF")).isTrue();
        assertThat(PaymentReference.isWellFormed("PAY-0123456789abcdef")).isFalse();
        assertThat(PaymentReference.isWellFormed("NOTPROVIDED")).isFalse();
        assertThat(PaymentReference.isWellFormed("P0123456789ABCI")).isFalse();
        assertThat(PaymentReference.isWellFormed("INV-2026-0001")).isFalse();
        assertThat(PaymentReference.isWellFormed(null)).isFalse();
    }
}
