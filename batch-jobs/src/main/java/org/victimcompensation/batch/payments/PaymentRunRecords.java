package org.victimcompensation.batch.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The only writer of {@code payment_run}: a run is opened when it starts and counted into as it sends. */
@Repository
public class PaymentRunRecords {

    public record Counts(int issued, int failed, int pending) {
    }

    private final JdbcClient jdbc;

    PaymentRunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the new run's id. */
    public long open(String startedBy, Instant startedAt) {
        return jdbc.sql("insert into payment_run (started_by, started_at) values (?, ?) returning id")
                .params(startedBy, Timestamp.from(startedAt)).query(Long.class).single();
    }

    public Counts counts(long runId) {
        return jdbc.sql("select issued, failed, pending from payment_run where id = ?").param(runId)
                .query((rs, i) -> new Counts(rs.getInt("issued"), rs.getInt("failed"), rs.getInt("pending")))
                .single();
    }

    void count(long runId, int issued, int failed, int pending) {
        jdbc.sql("update payment_run set issued = issued + ?, failed = failed + ?, pending = pending + ? where id = ?")
                .params(issued, failed, pending, runId).update();
    }
}
