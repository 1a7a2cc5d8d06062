package org.victimcompensation.domain.payment;

import org.victimcompensation.domain.claim.ClaimReference;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A payment's reference: {@code P} and 14 Crockford base-32 characters (70 random bits), for example
 * {@code P7K3M9QXT2B4N6R}. It is the gateway's {@code Idempotency-Key} and comes back in every bank
 * file, so it must survive the narrowest rail: NACHA's Individual Identification Number holds 15
 * characters, and some banks fold case or drop punctuation. References issued before this format
 * ({@code PAY-} and 16 hex digits) stay valid and keep matching.
 */
public final class PaymentReference {

    private static final Pattern CURRENT = Pattern.compile("P[0-9A-HJKMNP-TV-Z]{14}");
    private static final Pattern EARLIER = Pattern.compile("PAY-[0-9A-F]{16}");

    private PaymentReference() {
    }

    public static String generate(SecureRandom random) {
        return "P" + ClaimReference.randomCode(random, 14);
    }

    /** Whether a value has the shape of a reference this service issued (now or before). */
    public static boolean isWellFormed(String value) {
        return value != null && (CURRENT.matcher(value).matches() || EARLIER.matcher(value).matches());
    }
}
