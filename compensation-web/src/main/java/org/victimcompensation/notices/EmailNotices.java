package org.victimcompensation.notices;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Notices by email over SMTP (Spring Mail), from the neutral sender address. */
@Component
class EmailNotices {

    private final JavaMailSender mail;
    private final NoticeSettings settings;

    EmailNotices(JavaMailSender mail, NoticeSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    void send(String to, NoticeWording.Wording wording, String noticeKey) throws MessagingException {
        MimeMessage message = new KeyedMessage(mail.createMimeMessage().getSession(), noticeKey, settings.from());
        try {
            message.setFrom(wording.senderName() == null ? new InternetAddress(settings.from())
                    : new InternetAddress(settings.from(), wording.senderName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(wording.subject(), StandardCharsets.UTF_8.name());
        message.setText(wording.body(), StandardCharsets.UTF_8.name());
        mail.send(message);
    }

    /**
     * The same Message-ID on every try of one notice: should a send succeed and its commit fail, the
     * repeat is recognisably the same message (mail systems and clients drop a duplicate Message-ID).
     */
    private static final class KeyedMessage extends MimeMessage {
        private final String messageId;

        KeyedMessage(Session session, String noticeKey, String from) {
            super(session);
            String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "localhost";
            this.messageId = "<notice-" + noticeKey.replaceAll("[^A-Za-z0-9.-]", ".") + "@" + domain + ">";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
