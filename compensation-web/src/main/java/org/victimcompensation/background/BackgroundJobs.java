package org.victimcompensation.background;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.victimcompensation.infra.database.ClusterLock;


import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs batch jobs that people start from the API (reconciliations, reports) in the background, one
 * at a time on this node, and only once the request that asked for them has committed: a 202 always
 * names a job that exists and will run. Each job instance runs under a cluster-wide lock, so two
 * nodes never run the same one; a job another node already finished or is running is left alone.
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final JobLauncher launcher;
    private final ClusterLock lock;
    private final ExecutorService oneAtATime = Executors.newSingleThreadExecutor(r -> new Thread(r, "background-jobs"));

    BackgroundJobs(JobLauncher launcher, ClusterLock lock) {
        this.launcher = launcher;
        this.lock = lock;
    }

    /** Starts the job after the current transaction commits (at once if there is none). */
    public void launchAfterCommit(Job job, JobParameters parameters, Consumer<String> couldNotStart) {
        Runnable start = () -> launch(job, parameters, () -> { }, couldNotStart);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
    }

    /**
     * Restarts a job a stopped node left behind. {@code prepare} runs first, under the job's lock, so
     * it may treat a "running" execution as abandoned: no live node can hold the lock for it.
     */
    public void resume(Job job, JobParameters parameters, Runnable prepare, Consumer<String> couldNotStart) {
        launch(job, parameters, prepare, couldNotStart);
    }

    private void launch(Job job, JobParameters parameters, Runnable prepare, Consumer<String> couldNotStart) {
        oneAtATime.submit(() -> {
            try {
                boolean ran = lock.runExclusively("job:" + job.getName() + ":" + parameters.getParameters(), () -> {
                    prepare.run();
                    launcher.run(job, parameters);
                });
                if (!ran) {
                    log.info("Job {} is running on another node", job.getName());
                }
            } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException elsewhere) {
                log.info("Job {} was already run by another node", job.getName());
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
