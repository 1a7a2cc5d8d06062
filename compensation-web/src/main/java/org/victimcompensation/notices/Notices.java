package org.victimcompensation.notices;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.notices.NoticeChannel;
import org.victimcompensation.domain.notices.NoticeSchedule;
import org.victimcompensation.letters.Letters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Puts notices in the outbox, in the transaction of their event: every letter (decision, information
 * request, payment sent or returned, appeal received or decided) and an appeal window about to close.
 * Only channels the survivor marked safe, with an address, get one; the sender checks again before
 * sending, since the survivor may change their mind in between.
 */
@Component
class Notices {

    static final String APPEAL_WINDOW_CLOSING = "APPEAL_WINDOW_CLOSING";

    private final Claims claims;
    private final NoticeOutbox outbox;
    private final NoticeSchedule schedule;
    private final Clock clock;

    Notices(Claims claims, NoticeOutbox outbox, NoticeSchedule schedule, Clock clock) {
        this.claims = claims;
        this.outbox = outbox;
        this.schedule = schedule;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void letterIssued(Letters.LetterIssued letter) {
        add("letter:" + letter.letterId(), letter.claimId(), letter.kind().name());
    }

    /** Once per denial: the key names the claim and the window's last day. */
    @Transactional(propagation = Propagation.MANDATORY)
    void appealWindowClosing(Claims.AppealWindow window) {
        add("appeal-closing:" + window.claimId() + ":" + window.appealBy(), window.claimId(), APPEAL_WINDOW_CLOSING);
    }

    private void add(String key, UUID claimId, String event) {
        ClaimRecord claim = claims.find(claimId).orElseThrow();
        var applicant = claim.application().applicant();
        Instant now = clock.instant();
        for (NoticeChannel channel : NoticeChannel.safe(applicant.safeContact(), applicant.email(), applicant.phone())) {
            outbox.add(key + ":" + channel, claimId, channel, event, now,
                    channel == NoticeChannel.TEXT ? schedule.textAllowedFrom(now) : now);
        }
    }

    /** Today, as the program's zone counts days. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), schedule.zone());
    }
}
