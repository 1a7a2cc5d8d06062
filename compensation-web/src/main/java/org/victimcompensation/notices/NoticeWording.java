package org.victimcompensation.notices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What a notice says, the same for every event: that there is an update and where to see it. Never
 * the decision, an amount, the crime or the reference; the program's name only when the survivor did
 * not ask for discretion.
 */
@Component
class NoticeWording {

    private final MessageSource messages;
    private final NoticeSettings settings;

    NoticeWording(MessageSource messages, NoticeSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    record Wording(String subject, String body, String senderName) {
    }

    Wording of(String language, boolean discreet) {
        Locale locale = "es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        String update = messages.getMessage("notices.update", new Object[]{settings.statusUrl()}, locale);
        String program = discreet ? null : messages.getMessage("letters.program", null, locale);
        return new Wording(messages.getMessage("notices.subject", null, locale),
                program == null ? update : update + "\n\n" + program, program);
    }

    /** A text message: one short line, the program's name first when it may be named. */
    String text(String language, boolean discreet) {
        Wording wording = of(language, discreet);
        String update = wording.body().split("\n", 2)[0];
        return wording.senderName() == null ? update : wording.senderName() + ": " + update;
    }
}
