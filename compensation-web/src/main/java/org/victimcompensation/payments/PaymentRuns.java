package org.victimcompensation.payments;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.background.BackgroundJobs;
import org.victimcompensation.batch.payments.PaymentRunJobConfiguration;
import org.victimcompensation.batch.payments.PaymentRunRecords;
import org.victimcompensation.security.Access;

import java.time.Clock;
import java.util.concurrent.CompletionException;

/** Starts the payment-run job and answers with what it did (API v1 returns the counts, so the request waits for them). */
@Component
class PaymentRuns {

    private final BackgroundJobs jobs;
    private final Job paymentRun;
    private final PaymentRunRecords runs;
    private final Clock clock;

    PaymentRuns(BackgroundJobs jobs, @Qualifier(PaymentRunJobConfiguration.JOB_NAME) Job paymentRun, PaymentRunRecords runs,
                Clock clock) {
        this.jobs = jobs;
        this.paymentRun = paymentRun;
        this.runs = runs;
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
        JobExecution execution;
        try {
            execution = jobs.startAlone(paymentRun, () -> new JobParametersBuilder()
                    .addLong("runId", runs.open(startedBy, clock.instant())).toJobParameters()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BackgroundJobs.RunningElsewhere) {
                throw new ConflictException("A payment run is already under way. Try again when it has finished.");
            }
            throw new IllegalStateException("the payment run could not start", e.getCause());
        }
        long runId = execution.getJobParameters().getLong("runId");
        PaymentRunRecords.Counts counts = runs.counts(runId);
        return new RunResult(runId, counts.issued(), counts.failed(), counts.pending(), execution.getStatus());
    }
}
