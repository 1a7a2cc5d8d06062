package org.victimcompensation.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.notices.TextMessages;

/**
 * The demo's text-message provider: writes a line to the log instead of sending. The log gets no
 * personal data: the number only as a short keyed hash (enough to tell two recipients apart), and the
 * text's length, not the text.
 */
@Component
@Profile("demo")
class LoggingTextMessages implements TextMessages {

    private static final Logger log = LoggerFactory.getLogger(LoggingTextMessages.class);

    private final FieldCipher cipher;

    LoggingTextMessages(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void send(String phoneNumber, String text, String noticeKey) {
        String recipient = cipher.lookupHash("text-recipient|" + phoneNumber.replaceAll("[^0-9+]", "")).substring(0, 12);
        log.info("Text message {} to recipient {}: {} characters (demo: not sent)", noticeKey, recipient, text.length());
    }
}
