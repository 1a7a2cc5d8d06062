package org.victimcompensation.domain.claim;

import java.security.SecureRandom;
import java.time.Year;
import java.util.regex.Pattern;

/**
 * The reference a survivor quotes, e.g. {@code VC-2026-7K3M9QXT}. Random, so that it says nothing
 * about the claim and cannot be guessed from a neighbour's.
 */
public record ClaimReference(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32: no I, L, O, U
    private static final Pattern FORMAT = Pattern.compile("VC-\\d{4}-[" + ALPHABET + "]{8}");

    public ClaimReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a claim reference");
        }
    }

    public static ClaimReference generate(SecureRandom random, Year year) {
        return new ClaimReference("VC-" + year.getValue() + "-" + randomCode(random, 8));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** Random Crockford base-32 characters, shared by every reference and code the service hands out. */
    public static String randomCode(SecureRandom random, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
