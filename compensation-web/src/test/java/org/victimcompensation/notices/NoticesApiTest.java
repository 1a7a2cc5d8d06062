package org.victimcompensation.notices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.victimcompensation.ApiTest;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.notices.NoticeChannel;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Notices reach a survivor only by the channels they marked safe, with neutral words, once each,
 * through a real SMTP server (GreenMail) and the demo's logging text-message adapter.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticesApiTest extends ApiTest {

    @Autowired
    NoticeSender sender;
    @Autowired
    NoticeOutbox outbox;
    @Autowired
    Claims claims;
    @Autowired
    Clock clock;

    @Test
    void aDecisionSendsOneNeutralEmailToTheSafeAddressAndOneText(CapturedOutput output) throws Exception {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("applicant").get("safeContact")).put("text", true);
        String email = body.get("applicant").get("email").asText();
        Submitted claim = submit(body);
        deny(claim);

        sender.sendDue();
        sender.sendDue(); // sending again, as another node or a restarted one would, sends nothing twice

        List<MimeMessage> received = messagesTo(email);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("You have an update");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("updates@localhost");
        assertThat(from.getPersonal()).isEqualTo("Crime Victim Compensation Program");
        String text = message.getContent().toString();
        assertThat(text).contains("You have an update. Visit http://localhost:8080/status with your reference and code.");
        assertNeutral(text, claim, body);

        assertThat(outbox.ofClaim(claimId(claim))).extracting(NoticeOutbox.State::channel, NoticeOutbox.State::event,
                        NoticeOutbox.State::state, NoticeOutbox.State::attempts)
                .containsExactlyInAnyOrder(tuple(NoticeChannel.EMAIL, "DECISION", "SENT", 1),
                        tuple(NoticeChannel.TEXT, "DECISION", "SENT", 1));
        String textKey = outbox.ofClaim(claimId(claim)).stream().filter(n -> n.channel() == NoticeChannel.TEXT)
                .findFirst().orElseThrow().key();
        String serviceLog = output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")) // the test's SMTP server
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(serviceLog).containsOnlyOnce("Text message " + textKey + " to recipient ")
                .doesNotContain("555-0100").doesNotContain("5550100").doesNotContain(email);
    }

    @Test
    void aChannelNotMarkedSafeGetsNothing() throws Exception {
        ObjectNode body = aClaim();
        ObjectNode safe = (ObjectNode) body.get("applicant").get("safeContact");
        safe.put("email", false);
        safe.put("phone", true); // calls are safe; that is no yes to text messages
        safe.put("voicemail", true);
        String email = body.get("applicant").get("email").asText();
        Submitted claim = submit(body);
        deny(claim);
        sender.sendDue();
        assertThat(messagesTo(email)).isEmpty();
        assertThat(outbox.ofClaim(claimId(claim))).isEmpty();

        // Safe when the decision was made, no longer safe when the sender comes to it: withheld.
        ObjectNode changing = aClaim();
        String changingEmail = changing.get("applicant").get("email").asText();
        Submitted second = submit(changing);
        deny(second);
        Response unsafe = send(request("/api/v1/claims/" + second.reference() + "/safe-contact").header(ACCESS_CODE, second.accessCode())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        write(Map.of("mail", false, "phone", false, "voicemail", false, "email", false)))));
        assertThat(unsafe.status()).as(unsafe.body()).isEqualTo(200);
        assertThat(unsafe.json().get("text").asBoolean(true)).as("left out, texts stay as they were: not safe").isFalse();
        sender.sendDue();
        assertThat(messagesTo(changingEmail)).isEmpty();
        assertThat(outbox.ofClaim(claimId(second))).extracting(NoticeOutbox.State::state).containsOnly("WITHHELD");
    }

    @Test
    void aSurvivorWhoSaysYesToTextsOnTheStatusPageGetsTextsFromThen() throws Exception {
        ObjectNode body = aClaim(); // calls and email are safe, texts not asked
        Submitted claim = submit(body);
        Response changed = send(request("/api/v1/claims/" + claim.reference() + "/safe-contact").header(ACCESS_CODE, claim.accessCode())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        write(Map.of("mail", false, "phone", true, "voicemail", false, "email", false, "text", true)))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("text").asBoolean()).isTrue();
        deny(claim);
        sender.sendDue();
        assertThat(outbox.ofClaim(claimId(claim))).extracting(NoticeOutbox.State::channel, NoticeOutbox.State::state)
                .containsExactly(tuple(NoticeChannel.TEXT, "SENT"));
    }

    @Test
    void anSmtpOutageIsRetriedAndTheNoticeDeliveredOnceWhenItComesBack() throws Exception {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("applicant").get("safeContact")).put("phone", false);
        String email = body.get("applicant").get("email").asText();
        Submitted claim = submit(body);
        mailServer.stop();
        try {
            deny(claim);
            sender.sendDue();
            sender.sendDue(); // not before its retry is due
            assertThat(outbox.ofClaim(claimId(claim))).singleElement().satisfies(notice -> {
                assertThat(notice.state()).isEqualTo("PENDING");
                assertThat(notice.attempts()).isEqualTo(1);
                assertThat(notice.lastError()).isEqualTo("MailSendException").doesNotContain(email);
            });
        } finally {
            startMailServer();
        }
        sender.sendDue(clock.instant().plus(Duration.ofMinutes(2))); // the first retry is due after a minute
        sender.sendDue(clock.instant().plus(Duration.ofMinutes(3)));
        assertThat(messagesTo(email)).hasSize(1);
        assertThat(outbox.ofClaim(claimId(claim))).singleElement()
                .satisfies(notice -> assertThat(notice.state()).isEqualTo("SENT"));
    }

    @Test
    void discretionKeepsTheProgramsNameOutOfEveryMessage(CapturedOutput output) throws Exception {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("applicant")).put("preferredLanguage", "es");
        ((ObjectNode) body.get("applicant").get("safeContact")).put("discreet", true);
        String email = body.get("applicant").get("email").asText();
        Submitted claim = submit(body);
        // A client of the contract's four flags changes them without undoing the survivor's wish for discretion.
        Response changed = send(request("/api/v1/claims/" + claim.reference() + "/safe-contact").header(ACCESS_CODE, claim.accessCode())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        write(Map.of("mail", false, "phone", true, "voicemail", false, "email", true)))));
        assertThat(changed.json().get("discreet").asBoolean()).as(changed.body()).isTrue();
        deny(claim);
        sender.sendDue();

        MimeMessage message = messagesTo(email).get(0);
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isNull();
        assertThat(message.getSubject()).isEqualTo("Tiene una novedad");
        String text = message.getContent().toString();
        assertThat(text).doesNotContain("Compensación").doesNotContain("Programa");
        assertThat(text.strip()).isEqualTo("Tiene una novedad. Visite http://localhost:8080/status con su referencia y su código.");
        assertNeutral(text, claim, body);
        assertThat(outbox.ofClaim(claimId(claim))).extracting(NoticeOutbox.State::state).containsOnly("SENT");
    }

    @Test
    void aDenialsAppealWindowAboutToCloseGivesOneReminder() throws Exception {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("applicant").get("safeContact")).put("phone", false);
        String email = body.get("applicant").get("email").asText();
        Submitted claim = submit(body);
        deny(claim);
        sender.sendDue();
        assertThat(messagesTo(email)).hasSize(1); // the decision

        java.time.LocalDate appealBy = java.time.LocalDate.parse(survivorGet(claim).json().get("decision").get("appealBy").asText());
        sender.remindAppealWindows(appealBy.minusDays(NoticeSender.APPEAL_REMINDER_DAYS + 1)); // not yet
        assertThat(outbox.ofClaim(claimId(claim))).extracting(NoticeOutbox.State::event).containsExactly("DECISION");
        sender.remindAppealWindows(appealBy.minusDays(NoticeSender.APPEAL_REMINDER_DAYS));
        sender.remindAppealWindows(appealBy.minusDays(2)); // a later day, or another node: still one reminder
        sender.sendDue();
        assertThat(outbox.ofClaim(claimId(claim))).extracting(NoticeOutbox.State::event, NoticeOutbox.State::state)
                .containsExactly(tuple("DECISION", "SENT"), tuple(Notices.APPEAL_WINDOW_CLOSING, "SENT"));
        List<MimeMessage> received = messagesTo(email);
        assertThat(received).hasSize(2);
        assertNeutral(received.get(1).getContent().toString(), claim, body);
    }

    @Test
    void aTextSaysTheSameNeutralThingAndNamesTheProgramOnlyWithoutDiscretion(@Autowired NoticeWording wording) {
        assertThat(wording.text("en", false)).isEqualTo(
                "Crime Victim Compensation Program: You have an update. Visit http://localhost:8080/status with your reference and code.");
        assertThat(wording.text("en", true)).isEqualTo(
                "You have an update. Visit http://localhost:8080/status with your reference and code.");
    }

    private void deny(Submitted claim) {
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response denied = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
    }

    private UUID claimId(Submitted claim) {
        return claims.summary(claim.reference()).orElseThrow().id();
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** No decision, amount, crime, reference or name. */
    private static void assertNeutral(String text, Submitted claim, ObjectNode body) {
        assertThat(text).doesNotContain(claim.reference()).doesNotContainIgnoringCase("denied")
                .doesNotContainIgnoringCase("approved").doesNotContain("$").doesNotContain("3000")
                .doesNotContainIgnoringCase("assault")
                .doesNotContain(body.get("applicant").get("firstName").asText())
                .doesNotContain(body.get("applicant").get("lastName").asText());
    }
}
