package org.victimcompensation.domain.claim;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aHashMatchesItsCodeOnlyAndNeverContainsIt() {
        String code = AccessCode.generate(random);
        String hash = AccessCode.hash(code, random);

        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(hash).doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(AccessCode.matches(code, hash)).isTrue();
        assertThat(AccessCode.matches(code.toLowerCase().replace("-", " "), hash)).isTrue();
        assertThat(AccessCode.matches(AccessCode.generate(random), hash)).isFalse();
        assertThat(AccessCode.matches(code, "garbage")).isFalse();
    }

    @Test
    void theSameCodeHashesDifferentlyEachTime() {
        String code = AccessCode.generate(random);
        assertThat(AccessCode.hash(code, random)).isNotEqualTo(AccessCode.hash(code, random));
    }

    @Test
    void referencesHaveTheirFormat() {
        ClaimReference reference = ClaimReference.generate(random, Year.of(2026));
        assertThat(reference.value()).startsWith("VC-2026-").hasSize(16);
        assertThat(ClaimReference.isWellFormed(reference.value())).isTrue();
        assertThat(ClaimReference.isWellFormed("VC-2026-ILOU0000")).isFalse();
        assertThat(ClaimReference.isWellFormed("../etc/passwd")).isFalse();
    }
}
