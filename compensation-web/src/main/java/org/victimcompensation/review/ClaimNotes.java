package org.victimcompensation.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.security.Access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Caseworkers' internal notes on a claim, the one writer of {@code claim_note}. A note may name
 * people, so its text is sealed like every personal value (bound to its claim and row); it is shown
 * in the staff file only, never in the survivor's status view, and never logged.
 */
@Service
class ClaimNotes {

    private final DecisionSteps steps;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    ClaimNotes(DecisionSteps steps, JdbcClient jdbc, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    record Note(Instant at, String author, String text) {
    }

    void deleteOf(UUID[] claimIds) {
        jdbc.sql("delete from claim_note where claim_id = any(?)").param(claimIds).update();
    }

    @Access.ClaimWork
    @Transactional
    public Note add(String reference, StaffRequests.Note body, String actor) {
        steps.validate(body);
        ClaimRecord claim = steps.claim(reference);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("insert into claim_note (id, claim_id, at, author, text_enc) values (?, ?, ?, ?, ?)")
                .params(id, claim.id(), Timestamp.from(now), actor, cipher.seal(body.text(), boundTo(claim.id(), id)))
                .update();
        audit.record(actor, AuditAction.NOTE_ADDED, reference);
        return new Note(now, actor, body.text());
    }

    /** Oldest first; the caller's read of the file is the audited one. */
    List<Note> of(UUID claimId) {
        return jdbc.sql("select id, at, author, text_enc from claim_note where claim_id = ? order by at, id")
                .param(claimId)
                .query((rs, i) -> new Note(rs.getTimestamp("at").toInstant(), rs.getString("author"),
                        cipher.open(rs.getString("text_enc"), boundTo(claimId, rs.getObject("id", UUID.class)))))
                .list();
    }

    private static String boundTo(UUID claimId, UUID noteId) {
        return "claim_note.text:" + claimId + ":" + noteId;
    }
}
