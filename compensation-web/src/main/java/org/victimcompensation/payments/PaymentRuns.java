package org.victimcompensation.payments;

import org.victimcompensation.security.Access;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.infra.database.ClusterLock;
import org.victimcompensation.batch.payments.PaymentRunJobConfiguration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/** Starts the payment-run job and answers with what it did. */
@Component
class PaymentRuns {

    private final JobLauncher launcher;
    private final Job paymentRun;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ClusterLock lock;

    PaymentRuns(JobLauncher launcher, @Qualifier(PaymentRunJobConfiguration.JOB_NAME) Job paymentRun, JdbcClient jdbc,
                TransactionTemplate tx, Clock clock, ClusterLock lock) {
        this.lock = lock;
        this.launcher = launcher;
        this.paymentRun = paymentRun;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    record RunResult(long runId, int issued, int failed, int pending, BatchStatus status) {
    }

    /**
     * Not transactional itself: each step of the job commits on its own. One run at a time across
     * every node (a second staff member's run would only find the first one's work locked).
     */
    @Access.ProgramOperations
    RunResult run(String startedBy) {
        AtomicReference<RunResult> result = new AtomicReference<>();
        boolean ran;
        try {
            ran = lock.runExclusively("payment-run", () -> result.set(runNow(startedBy)));
        } catch (Exception e) {
            throw new IllegalStateException("the payment run could not start", e);
        }
        if (!ran) {
            throw new ConflictException("A payment run is already under way. Try again when it has finished.");
        }
        return result.get();
    }

    private RunResult runNow(String startedBy) throws Exception {
        long runId = tx.execute(status -> jdbc.sql(
                        "insert into payment_run (started_by, started_at) values (?, ?) returning id")
                .params(startedBy, Timestamp.from(clock.instant())).query(Long.class).single());
        JobExecution execution = launcher.run(paymentRun, new JobParametersBuilder().addLong("runId", runId).toJobParameters());
        tx.executeWithoutResult(status -> jdbc.sql("update payment_run set finished_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), runId).update());
        return jdbc.sql("select issued, failed, pending from payment_run where id = ?").param(runId)
                .query((rs, i) -> new RunResult(runId, rs.getInt("issued"), rs.getInt("failed"), rs.getInt("pending"),
                        execution.getStatus()))
                .single();
    }
}
