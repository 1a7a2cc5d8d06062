package org.victimcompensation.notices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.notices.NoticeChannel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only writer of {@code notice_outbox}. A notice's key names its event and channel, so writing it
 * twice (a retried transaction, two nodes noticing the same closing appeal window) leaves one row.
 * No address is kept here, and no error text that could carry one.
 */
@Repository
class NoticeOutbox {

    private final JdbcClient jdbc;

    NoticeOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String key, UUID claimId, NoticeChannel channel, String event, Instant at, Instant firstTry) {
        jdbc.sql("""
                        insert into notice_outbox (notice_key, claim_id, channel, event, state, next_attempt_at, created_at)
                        values (?, ?, ?, ?, 'PENDING', ?, ?) on conflict (notice_key) do nothing""")
                .params(key, claimId, channel.name(), event, Timestamp.from(firstTry), Timestamp.from(at)).update();
    }

    record Due(long id, String key, UUID claimId, NoticeChannel channel, int attempts) {
    }

    /** The next notice due, locked until the transaction ends; other nodes skip it. */
    Optional<Due> lockNextDue(Instant now) {
        return jdbc.sql("""
                        select id, notice_key, claim_id, channel, attempts from notice_outbox
                        where state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id
                        limit 1 for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, i) -> new Due(rs.getLong("id"), rs.getString("notice_key"), rs.getObject("claim_id", UUID.class),
                        NoticeChannel.valueOf(rs.getString("channel")), rs.getInt("attempts")))
                .optional();
    }

    void sent(long id, Instant at) {
        jdbc.sql("update notice_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** Not sent, and never will be: the reason is ours, never the server's words. */
    void withheld(long id, String reason) {
        jdbc.sql("update notice_outbox set state = 'WITHHELD', last_error = ? where id = ?").params(reason, id).update();
    }

    /** A text held back by the quiet hours: no attempt was made. */
    void postpone(long id, Instant until) {
        jdbc.sql("update notice_outbox set next_attempt_at = ? where id = ?").params(Timestamp.from(until), id).update();
    }

    /** A failed try: again at {@code next}, or given up (FAILED) when there is none. */
    void failed(long id, String error, Instant next) {
        jdbc.sql("""
                        update notice_outbox set attempts = attempts + 1, last_error = ?, state = ?,
                          next_attempt_at = coalesce(?, next_attempt_at) where id = ?""")
                .params(error, next == null ? "FAILED" : "PENDING", next == null ? null : Timestamp.from(next), id).update();
    }

    record State(String key, NoticeChannel channel, String event, String state, int attempts, String lastError) {
    }

    List<State> ofClaim(UUID claimId) {
        return jdbc.sql("select notice_key, channel, event, state, attempts, last_error from notice_outbox where claim_id = ? order by id")
                .param(claimId)
                .query((rs, i) -> new State(rs.getString("notice_key"), NoticeChannel.valueOf(rs.getString("channel")),
                        rs.getString("event"), rs.getString("state"), rs.getInt("attempts"), rs.getString("last_error")))
                .list();
    }

    void deleteOf(UUID[] claimIds) {
        jdbc.sql("delete from notice_outbox where claim_id = any(?)").param(claimIds).update();
    }
}
