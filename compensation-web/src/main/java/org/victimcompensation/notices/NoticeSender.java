package org.victimcompensation.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.notices.NoticeChannel;
import org.victimcompensation.domain.notices.NoticeSchedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sends what the outbox holds, one notice per transaction: the row stays locked (other nodes skip it)
 * while it is sent, and its new state commits right after, so a notice is sent once. Before sending, the
 * channel must still be safe and have an address; otherwise the notice is withheld. A failure is tried
 * again later (doubling delays) and given up after the configured number of tries; texts wait out the
 * quiet hours. Also puts in the reminders for appeal windows about to close.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    /** How many days before an appeal window closes the survivor is reminded. */
    static final int APPEAL_REMINDER_DAYS = 7;

    private final NoticeOutbox outbox;
    private final Notices notices;
    private final Claims claims;
    private final NoticeWording wording;
    private final EmailNotices email;
    private final ObjectProvider<TextMessages> texts;
    private final NoticeSchedule schedule;
    private final NoticeSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeSender(NoticeOutbox outbox, Notices notices, Claims claims, NoticeWording wording, EmailNotices email,
                 ObjectProvider<TextMessages> texts, NoticeSchedule schedule, NoticeSettings settings,
                 TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.notices = notices;
        this.claims = claims;
        this.wording = wording;
        this.email = email;
        this.texts = texts;
        this.schedule = schedule;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${compensation.notices.send-every:PT30S}", initialDelayString = "PT20S")
    void onSchedule() {
        if (settings.scheduled()) {
            remindAppealWindows();
            sendDue();
        }
    }

    /** Reminders for denials whose appeal window closes within a week (once each: the key names it). */
    void remindAppealWindows() {
        remindAppealWindows(notices.today());
    }

    /** As on {@code today} (a test moves it close to a window's end). */
    void remindAppealWindows(LocalDate today) {
        transaction.executeWithoutResult(status -> claims.appealWindowsEnding(today, today.plusDays(APPEAL_REMINDER_DAYS))
                .forEach(notices::appealWindowClosing));
    }

    /** Sends every notice due now; answers how many were sent. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends every notice due at {@code now} (a test moves it past a retry's delay). */
    int sendDue(Instant now) {
        int sent = 0;
        while (true) {
            Optional<Boolean> outcome = transaction.execute(status -> outbox.lockNextDue(now).map(due -> send(due, now)));
            if (outcome == null || outcome.isEmpty()) {
                return sent;
            }
            sent += outcome.get() ? 1 : 0;
        }
    }

    private boolean send(NoticeOutbox.Due notice, Instant now) {
        ClaimRecord claim = claims.find(notice.claimId()).orElseThrow();
        var applicant = claim.application().applicant();
        var safe = applicant.safeContact();
        if (!NoticeChannel.safe(safe, applicant.email(), applicant.phone()).contains(notice.channel())) {
            outbox.withheld(notice.id(), "the channel is no longer marked safe");
            return false;
        }
        try {
            if (notice.channel() == NoticeChannel.EMAIL) {
                email.send(applicant.email(), wording.of(claim.preferredLanguage(), safe.discreet()), notice.key());
            } else {
                Instant allowed = schedule.textAllowedFrom(now);
                if (allowed.isAfter(now)) {
                    outbox.postpone(notice.id(), allowed);
                    return false;
                }
                TextMessages provider = texts.getIfAvailable();
                if (provider == null) {
                    outbox.withheld(notice.id(), "no text-message provider is configured");
                    return false;
                }
                provider.send(applicant.phone(), wording.text(claim.preferredLanguage(), safe.discreet()), notice.key());
            }
        } catch (Exception e) {
            // The server's words may quote the address: only the kind of failure is kept and logged.
            String error = e.getClass().getSimpleName();
            Instant next = schedule.retryAfter(notice.attempts() + 1, now);
            outbox.failed(notice.id(), error, next);
            log.warn("Notice {} by {} failed ({}); {}", notice.id(), notice.channel(), error,
                    next == null ? "given up" : "tried again later");
            return false;
        }
        outbox.sent(notice.id(), now);
        return true;
    }
}
