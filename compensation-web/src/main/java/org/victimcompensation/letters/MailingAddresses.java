package org.victimcompensation.letters;

import java.util.List;
import java.util.UUID;

/**
 * Where a claim's letters may be mailed, answered by the feature that holds the survivor's contact
 * choices (so this feature depends on none): an address, or the reason no letter is mailed.
 */
public interface MailingAddresses {

    sealed interface MailTo {
    }

    /** The lines of the address block, the addressee's name first. */
    record Address(List<String> lines) implements MailTo {
    }

    /** No letter is mailed: {@code reason} is a code ({@code MAIL_UNSAFE}, {@code NO_ADDRESS}), never a value. */
    record Withheld(String reason) implements MailTo {
    }

    MailTo of(UUID claimId);
}
