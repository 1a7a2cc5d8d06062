package org.victimcompensation.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.process.ReviewOutcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews and emergency decisions; staff notes are sealed (they may name people). */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ReviewStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Review(long id, ReviewOutcome decision, DenialReason reasonCode, String note, String reviewedBy,
                  Instant reviewedAt, Money awardTotal, boolean needsApproval, String approvalOutcome,
                  String approvalNote, String approvedBy, Instant approvedAt) {
    }

    record EmergencyDecision(boolean approved, String category, Money amount, String note, String decidedBy,
                             Instant decidedAt) {
    }

    long insert(UUID claimId, ReviewOutcome decision, DenialReason reason, String note, String reviewedBy, Instant at,
                Money awardTotal, boolean needsApproval) {
        long id = jdbc.sql("select nextval('review_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into review (id, claim_id, decision, reason_code, note_enc, reviewed_by, reviewed_at,
                          award_total, needs_approval) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, claimId, decision.name(), reason == null ? null : reason.name(),
                        cipher.seal(note, "review.note:" + id), reviewedBy, Timestamp.from(at),
                        awardTotal == null ? null : awardTotal.toBigDecimal(), needsApproval)
                .update();
        return id;
    }

    void recordApproval(long reviewId, String outcome, String note, String by, Instant at) {
        jdbc.sql("""
                        update review set approval_outcome = ?, approval_note_enc = ?, approved_by = ?, approved_at = ?
                        where id = ?""")
                .params(outcome, cipher.seal(note, "review.approval_note:" + reviewId), by, Timestamp.from(at), reviewId)
                .update();
    }

    Optional<Review> latest(UUID claimId) {
        return jdbc.sql("select * from review where claim_id = ? order by id desc limit 1").param(claimId)
                .query((rs, i) -> toReview(rs)).optional();
    }

    List<Review> all(UUID claimId) {
        return jdbc.sql("select * from review where claim_id = ? order by id").param(claimId)
                .query((rs, i) -> toReview(rs)).list();
    }

    void insertEmergency(UUID claimId, EmergencyDecision decision) {
        jdbc.sql("""
                        insert into emergency_decision (claim_id, approved, category, amount, note_enc, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(claimId, decision.approved(), decision.category(),
                        decision.amount() == null ? null : decision.amount().toBigDecimal(),
                        cipher.seal(decision.note(), "emergency_decision.note:" + claimId), decision.decidedBy(),
                        Timestamp.from(decision.decidedAt()))
                .update();
    }

    Optional<EmergencyDecision> emergency(UUID claimId) {
        return jdbc.sql("select * from emergency_decision where claim_id = ?").param(claimId)
                .query((rs, i) -> new EmergencyDecision(rs.getBoolean("approved"), rs.getString("category"),
                        rs.getBigDecimal("amount") == null ? null : Money.of(rs.getBigDecimal("amount")),
                        cipher.open(rs.getString("note_enc"), "emergency_decision.note:" + claimId),
                        rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    private Review toReview(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String reason = rs.getString("reason_code");
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new Review(id, ReviewOutcome.valueOf(rs.getString("decision")),
                reason == null ? null : DenialReason.valueOf(reason),
                cipher.open(rs.getString("note_enc"), "review.note:" + id), rs.getString("reviewed_by"),
                rs.getTimestamp("reviewed_at").toInstant(),
                rs.getBigDecimal("award_total") == null ? null : Money.of(rs.getBigDecimal("award_total")),
                rs.getBoolean("needs_approval"), rs.getString("approval_outcome"),
                cipher.open(rs.getString("approval_note_enc"), "review.approval_note:" + id),
                rs.getString("approved_by"), approvedAt == null ? null : approvedAt.toInstant());
    }
}
