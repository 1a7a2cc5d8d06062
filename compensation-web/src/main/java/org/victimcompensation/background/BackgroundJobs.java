package org.victimcompensation.background;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs batch jobs that people start from the API (reconciliations, reports) in the background, one
 * at a time, and only once the request that asked for them has committed: a 202 always names a job
 * that exists and will run.
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final JobLauncher launcher;
    private final ExecutorService oneAtATime = Executors.newSingleThreadExecutor(r -> new Thread(r, "background-jobs"));

    BackgroundJobs(JobLauncher launcher) {
        this.launcher = launcher;
    }

    /** Starts the job after the current transaction commits (at once if there is none). */
    public void launchAfterCommit(Job job, JobParameters parameters, Consumer<String> couldNotStart) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    launch(job, parameters, couldNotStart);
                }
            });
        } else {
            launch(job, parameters, couldNotStart);
        }
    }

    private void launch(Job job, JobParameters parameters, Consumer<String> couldNotStart) {
        oneAtATime.submit(() -> {
            try {
                launcher.run(job, parameters);
            } catch (Exception e) {
                log.error("Job {} could not start: {}", job.getName(), e.getClass().getSimpleName());
                couldNotStart.accept("the job could not start: " + e.getClass().getSimpleName());
            }
        });
    }

    @PreDestroy
    void stop() {
        oneAtATime.shutdownNow();
    }
}
