package org.victimcompensation.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.fairprocess.GoodCauseGround;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.process.ReviewOutcome;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reviews, emergency decisions, good-cause findings and provider verification requests; staff notes
 * are sealed (they may name people).
 */
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

    record GoodCauseFinding(boolean goodCause, List<GoodCauseGround> grounds, String note, String foundBy,
                            Instant foundAt) {
    }

    record VerificationRequest(long id, String note, LocalDate dueOn, String requestedBy, Instant requestedAt,
                               String answeredBy, Instant answeredAt) {
    }

    /** The retention purge; awards, which name a review, are purged first by their owner. */
    void deleteOf(UUID[] claimIds) {
        for (String table : List.of("verification_request", "good_cause_finding", "emergency_decision", "review")) {
            jdbc.sql("delete from " + table + " where claim_id = any(?)").param(claimIds).update();
        }
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

    /** Whether the survivor was ever asked for information (a review that requested it). */
    boolean survivorAskedForInformation(UUID claimId) {
        return jdbc.sql("select exists (select 1 from review where claim_id = ? and decision = ?)")
                .params(claimId, ReviewOutcome.REQUEST_INFO.name()).query(Boolean.class).single();
    }

    void insertGoodCause(UUID claimId, GoodCauseFinding finding) {
        long id = jdbc.sql("select nextval('good_cause_finding_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into good_cause_finding (id, claim_id, good_cause, grounds, note_enc, found_by, found_at)
                        values (?, ?, ?, ?::text[], ?, ?, ?)""")
                .params(id, claimId, finding.goodCause(), finding.grounds().stream().map(Enum::name).toArray(String[]::new),
                        cipher.seal(finding.note(), "good_cause_finding.note:" + id), finding.foundBy(),
                        Timestamp.from(finding.foundAt()))
                .update();
    }

    /** The finding that stands: the latest one. */
    Optional<GoodCauseFinding> goodCause(UUID claimId) {
        return jdbc.sql("select * from good_cause_finding where claim_id = ? order by id desc limit 1").param(claimId)
                .query((rs, i) -> new GoodCauseFinding(rs.getBoolean("good_cause"),
                        Arrays.stream((String[]) rs.getArray("grounds").getArray()).map(GoodCauseGround::valueOf).toList(),
                        cipher.open(rs.getString("note_enc"), "good_cause_finding.note:" + rs.getLong("id")),
                        rs.getString("found_by"), rs.getTimestamp("found_at").toInstant()))
                .optional();
    }

    long insertVerificationRequest(UUID claimId, String note, LocalDate dueOn, String by, Instant at) {
        long id = jdbc.sql("select nextval('verification_request_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into verification_request (id, claim_id, note_enc, due_on, requested_by, requested_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, claimId, cipher.seal(note, "verification_request.note:" + id), Date.valueOf(dueOn), by,
                        Timestamp.from(at))
                .update();
        return id;
    }

    /** False when the claim has no such request, or it was already answered. */
    boolean answerVerificationRequest(UUID claimId, long id, String by, Instant at) {
        return jdbc.sql("""
                        update verification_request set answered_by = ?, answered_at = ?
                        where id = ? and claim_id = ? and answered_at is null""")
                .params(by, Timestamp.from(at), id, claimId).update() == 1;
    }

    List<VerificationRequest> verificationRequests(UUID claimId) {
        return jdbc.sql("select * from verification_request where claim_id = ? order by id").param(claimId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    Timestamp answeredAt = rs.getTimestamp("answered_at");
                    return new VerificationRequest(id, cipher.open(rs.getString("note_enc"), "verification_request.note:" + id),
                            rs.getDate("due_on").toLocalDate(), rs.getString("requested_by"),
                            rs.getTimestamp("requested_at").toInstant(), rs.getString("answered_by"),
                            answeredAt == null ? null : answeredAt.toInstant());
                }).list();
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
