package org.victimcompensation.domain.claim;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secret a survivor uses with their reference instead of an account. Shown once; only a slow,
 * salted hash (PBKDF2-HMAC-SHA256) is kept, so a copy of the database does not open any claim.
 */
public final class AccessCode {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000; // OWASP's 2023 figure for PBKDF2-HMAC-SHA256
    private static final int KEY_BITS = 256;

    private AccessCode() {
    }

    /** Twelve Crockford base-32 characters in three groups: 60 bits, easy to read aloud. */
    public static String generate(SecureRandom random) {
        String code = ClaimReference.randomCode(random, 12);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    public static String hash(String code, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return format(ITERATIONS, salt, derive(normalise(code), salt, ITERATIONS));
    }

    /** Constant-time check of a presented code against a stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        String[] parts = storedHash.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(normalise(presented), salt, iterations));
    }

    /** People copy codes with spaces, dashes or lower case; none of that should lock them out. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
