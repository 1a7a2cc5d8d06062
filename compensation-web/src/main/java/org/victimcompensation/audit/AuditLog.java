package org.victimcompensation.audit;

import org.victimcompensation.security.Access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of every staff read of a claim and every decision: who, when, which
 * claim, what. It holds no personal data, and the table refuses updates and deletes.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String claimReference) {
        jdbc.sql("insert into audit_entry (at, actor, action, claim_reference) values (?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action.name(), claimReference)
                .update();
    }

    /** An action on a claim that needs saying what was done ({@code detail}, never personal data). */
    public void record(String actor, AuditAction action, String claimReference, String detail) {
        jdbc.sql("insert into audit_entry (at, actor, action, claim_reference, detail) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action.name(), claimReference, detail)
                .update();
    }

    /** An action on the service itself rather than a claim; {@code detail} names what, never personal data. */
    public void recordOperation(String actor, AuditAction action, String detail) {
        jdbc.sql("insert into audit_entry (at, actor, action, detail) values (?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action.name(), detail)
                .update();
    }

    @Access.AuditReading
    List<AuditEntry> entries(String claimReference, int limit) {
        String where = claimReference == null ? "" : " where claim_reference = :reference";
        var query = jdbc.sql("select at, actor, action, claim_reference from audit_entry" + where
                + " order by id desc limit :limit").param("limit", limit);
        if (claimReference != null) {
            query = query.param("reference", claimReference);
        }
        return query.query((rs, i) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("claim_reference"))).list();
    }

    record AuditEntry(Instant at, String actor, String action, String claimReference) {
    }
}
