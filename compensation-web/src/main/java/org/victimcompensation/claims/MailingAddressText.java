package org.victimcompensation.claims;

import org.victimcompensation.domain.claim.ClaimApplication.MailingAddress;

/** A mailing address as one sealed value: its lines joined by newlines (a newline typed into a field becomes a space). */
final class MailingAddressText {

    private MailingAddressText() {
    }

    static String format(MailingAddress address) {
        if (address == null) {
            return null;
        }
        return String.join("\n", oneLine(address.line1()), oneLine(address.line2()), oneLine(address.city()),
                address.state(), address.postalCode());
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
    }

    static MailingAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\n", -1);
        return new MailingAddress(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2], parts[3], parts[4]);
    }
}
