package org.victimcompensation.background;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.victimcompensation.infra.database.ClusterLock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The one way jobs start: on a small pool of background threads, each under a cluster-wide lock so
 * two nodes never run the same job at once, and only once the request that asked for it has
 * committed (a 202 always names a job that will run). Whoever needs the result (the payment run's
 * answer, the command line) waits on the returned future. What a job is doing is read back from
 * Spring Batch's own records ({@link #stateOf}); the features keep only their results.
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final ClusterLock lock;
    private final Clock clock;
    // Two workers: a long reconciliation must not hold up a payment run someone is waiting for.
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> new Thread(r, "background-jobs"));

    BackgroundJobs(JobLauncher launcher, JobExplorer explorer, JobRepository repository, ClusterLock lock, Clock clock) {
        this.launcher = launcher;
        this.explorer = explorer;
        this.repository = repository;
        this.lock = lock;
        this.clock = clock;
    }

    /** A job another node is running: this one did not start it. */
    public static final class RunningElsewhere extends RuntimeException {
        RunningElsewhere(String job) {
            super("the " + job + " job is running on another node");
        }
    }

    /** Where a job stands, as PRODUCT.md names it: accepted and not yet started counts as running. */
    public enum State { RUNNING, COMPLETED, FAILED }

    public record Progress(State state, String failureReason, Instant finishedAt) {
    }

    /** Starts this job instance after the current transaction commits (at once if there is none). */
    public CompletableFuture<JobExecution> start(Job job, JobParameters parameters) {
        CompletableFuture<JobExecution> result = new CompletableFuture<>();
        Runnable submit = () -> submit(job, instanceKey(job, parameters), () -> parameters, result);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
        return result;
    }

    /**
     * Starts a job of which one run at a time may exist anywhere (the payment run). The parameters
     * are made under the job's lock, so a run refused because another is under way leaves nothing.
     */
    public CompletableFuture<JobExecution> startAlone(Job job, Supplier<JobParameters> parameters) {
        CompletableFuture<JobExecution> result = new CompletableFuture<>();
        submit(job, jobLock(job.getName()), parameters, result);
        return result;
    }

    /**
     * Starts or restarts a job instance a stopped node left behind. Under the instance's lock no
     * live node runs it, so an execution still marked running is abandoned; Spring Batch then goes
     * on from its last committed chunk.
     */
    public CompletableFuture<JobExecution> resume(Job job, JobParameters parameters) {
        CompletableFuture<JobExecution> result = new CompletableFuture<>();
        submit(job, instanceKey(job, parameters), () -> {
            markAbandoned(job, parameters);
            return parameters;
        }, result);
        return result;
    }

    /** Resumes every execution of this job that Spring Batch still records as running (at start-up). */
    public void resumeAbandoned(Job job) {
        explorer.findRunningJobExecutions(job.getName()).forEach(running -> resume(job, running.getJobParameters()));
    }

    /** The state of the job instance with these parameters, from Spring Batch's records. */
    public Progress stateOf(String jobName, JobParameters parameters) {
        JobInstance instance = explorer.getJobInstance(jobName, parameters);
        JobExecution last = instance == null ? null : explorer.getLastJobExecution(instance);
        if (last == null || last.getStatus().isRunning() || last.getStatus() == BatchStatus.STOPPING) {
            return new Progress(State.RUNNING, null, null);
        }
        Instant finished = last.getEndTime() == null ? null : last.getEndTime().atZone(ZoneId.systemDefault()).toInstant();
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return new Progress(State.COMPLETED, null, finished);
        }
        String reason = last.getExitStatus().getExitDescription();
        return new Progress(State.FAILED, reason == null || reason.isBlank() ? "stopped" : reason, finished);
    }

    private void submit(Job job, String lockKey, Supplier<JobParameters> parameters, CompletableFuture<JobExecution> result) {
        workers.submit(() -> {
            try {
                boolean ran = lock.runExclusively(lockKey, () -> result.complete(launcher.run(job, parameters.get())));
                if (!ran) {
                    log.info("Job {} is running on another node", job.getName());
                    result.completeExceptionally(new RunningElsewhere(job.getName()));
                }
            } catch (Exception e) {
                // Already complete or running elsewhere, or no database: the reason stays in Spring Batch's records or the log.
                log.error("Job {} could not start: {}", job.getName(), e.getClass().getSimpleName());
                result.completeExceptionally(e);
            }
        });
    }

    private void markAbandoned(Job job, JobParameters parameters) {
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus().isRunning()) {
            // Spring Batch stamps its own times as local times of the system zone; these are read like them.
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
            List.copyOf(last.getStepExecutions()).stream().filter(s -> s.getStatus().isRunning()).forEach(s -> {
                s.setStatus(BatchStatus.FAILED);
                s.setEndTime(now);
                repository.update(s);
            });
            last.setStatus(BatchStatus.FAILED);
            last.setEndTime(now);
            repository.update(last);
        }
    }

    /** The lock of a job of which one run at a time may exist anywhere. */
    static String jobLock(String jobName) {
        return "job:" + jobName;
    }

    private static String instanceKey(Job job, JobParameters parameters) {
        return jobLock(job.getName()) + ":" + parameters.getParameters();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
