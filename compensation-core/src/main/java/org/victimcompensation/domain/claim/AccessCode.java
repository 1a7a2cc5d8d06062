package org.victimcompensation.domain.claim;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secret a survivor uses with their reference instead of an account: 12 random Crockford
 * base-32 characters, 60 bits from a CSPRNG, shown once. Being random and server-made (not chosen
 * by a person), it needs no slow password hash: only a keyed HMAC-SHA-256 is kept
 * ({@code hmac-sha256$keyId$mac}), under a server key that rotates with the others, so a copy of
 * the database alone opens no claim and a status check costs microseconds. Hashes made before,
 * with PBKDF2, still verify and are replaced by the caller after the next correct code.
 */
public final class AccessCode {

    private static final String HMAC = "hmac-sha256";
    private static final String LEGACY = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;

    private AccessCode() {
    }

    /** Keyed MAC of a normalised code under the key with this id. */
    @FunctionalInterface
    public interface KeyedMac {
        byte[] mac(String keyId, String normalisedCode);
    }

    /** Twelve Crockford base-32 characters in three groups: 60 bits, easy to read aloud. */
    public static String generate(SecureRandom random) {
        String code = ClaimReference.randomCode(random, 12);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    public static String hash(String code, String keyId, KeyedMac mac) {
        return HMAC + "$" + keyId + "$" + Base64.getEncoder().encodeToString(mac.mac(keyId, normalise(code)));
    }

    /** Constant-time check of a presented code against a stored hash of either kind. */
    public static boolean matches(String presented, String storedHash, KeyedMac mac) {
        if (presented == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split("\\$");
        if (parts.length == 3 && parts[0].equals(HMAC)) {
            return MessageDigest.isEqual(Base64.getDecoder().decode(parts[2]), mac.mac(parts[1], normalise(presented)));
        }
        if (parts.length == 4 && parts[0].equals(LEGACY)) {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(Base64.getDecoder().decode(parts[3]), pbkdf2(normalise(presented), salt, iterations));
        }
        return false;
    }

    /** False for a PBKDF2 hash or one under a retired key: the caller stores a fresh hash after a correct code. */
    public static boolean isCurrent(String storedHash, String activeKeyId) {
        return storedHash.startsWith(HMAC + "$" + activeKeyId + "$");
    }

    /** People copy codes with spaces, dashes or lower case; none of that should lock them out. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The first round's hashes (PBKDF2-HMAC-SHA256, salted), kept only so that they still verify. */
    static String legacyHash(String code, byte[] salt, int iterations) {
        Base64.Encoder b64 = Base64.getEncoder();
        return LEGACY + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(pbkdf2(normalise(code), salt, iterations));
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
