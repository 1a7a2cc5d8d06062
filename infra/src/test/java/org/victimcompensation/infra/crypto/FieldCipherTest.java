package org.victimcompensation.infra.crypto;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final byte[] OLD = new byte[32];
    private static final byte[] NEW = filled(7);
    private static final byte[] LOOKUP = filled(9);

    @Test
    void sealsWithTheActiveKeyAndOpensOldValuesAfterRotation() {
        FieldCipher before = new FieldCipher(Map.of("k1", OLD), "k1", LOOKUP);
        String sealed = before.seal("Maria Lopez", "claim_personal.applicant_last_name:1");

        assertThat(sealed).startsWith("k1:").doesNotContain("Maria");
        FieldCipher after = new FieldCipher(Map.of("k1", OLD, "k2", NEW), "k2", LOOKUP);
        assertThat(after.open(sealed, "claim_personal.applicant_last_name:1")).isEqualTo("Maria Lopez");
        assertThat(after.seal("x", "c")).startsWith("k2:");
    }

    @Test
    void aValueMovedToAnotherRowDoesNotOpen() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", OLD), "k1", LOOKUP);
        String sealed = cipher.seal("1990-01-01", "row:1");
        assertThatThrownBy(() -> cipher.open(sealed, "row:2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lookupHashesAreStableAndKeyed() {
        FieldCipher a = new FieldCipher(Map.of("k1", OLD), "k1", LOOKUP);
        FieldCipher b = new FieldCipher(Map.of("k1", OLD), "k1", filled(3));
        assertThat(a.lookupHash("lopez|1990-01-01")).isEqualTo(a.lookupHash("lopez|1990-01-01"))
                .isNotEqualTo(b.lookupHash("lopez|1990-01-01")).hasSize(64);
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
