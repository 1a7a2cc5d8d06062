package org.victimcompensation.domain.claim;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Year;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeTest {

    private final SecureRandom random = new SecureRandom();

    /** Two server keys, as after a rotation. */
    private final Map<String, byte[]> keys = Map.of("k1", bytes(1), "k2", bytes(2));
    private final AccessCode.KeyedMac mac = (keyId, code) -> hmac(keys.get(keyId), code);

    @Test
    void aHashMatchesItsCodeOnlyAndNeverContainsIt() {
        String code = AccessCode.generate(random);
        String hash = AccessCode.hash(code, "k2", mac);

        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(hash).startsWith("hmac-sha256$k2$").doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(AccessCode.matches(code, hash, mac)).isTrue();
        assertThat(AccessCode.matches(code.toLowerCase().replace("-", " "), hash, mac)).isTrue();
        assertThat(AccessCode.matches(AccessCode.generate(random), hash, mac)).isFalse();
        assertThat(AccessCode.matches(code, "garbage", mac)).isFalse();
    }

    @Test
    void hashesUnderAnOlderKeyOrFromPbkdf2StillVerifyButAreNotCurrent() {
        String code = AccessCode.generate(random);
        String older = AccessCode.hash(code, "k1", mac);
        String legacy = AccessCode.legacyHash(code, new byte[16], 1_000);

        assertThat(AccessCode.matches(code, older, mac)).isTrue();
        assertThat(AccessCode.matches(code, legacy, mac)).isTrue();
        assertThat(AccessCode.matches(AccessCode.generate(random), legacy, mac)).isFalse();
        assertThat(AccessCode.isCurrent(older, "k2")).isFalse();
        assertThat(AccessCode.isCurrent(legacy, "k2")).isFalse();
        assertThat(AccessCode.isCurrent(AccessCode.hash(code, "k2", mac), "k2")).isTrue();
    }

    @Test
    void referencesHaveTheirFormat() {
        ClaimReference reference = ClaimReference.generate(random, Year.of(2026));
        assertThat(reference.value()).startsWith("VC-2026-").hasSize(16);
        assertThat(ClaimReference.isWellFormed(reference.value())).isTrue();
        assertThat(ClaimReference.isWellFormed("VC-2026-ILOU0000")).isFalse();
        assertThat(ClaimReference.isWellFormed("../etc/passwd")).isFalse();
    }

    private static byte[] bytes(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
