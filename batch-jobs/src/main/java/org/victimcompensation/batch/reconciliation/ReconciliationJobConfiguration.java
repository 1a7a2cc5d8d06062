package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.victimcompensation.batch.reissue.OpenReissueItems;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.ledger.PaymentLedger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Reconciles one settlement file (job parameters {@code filePath}, {@code format},
 * {@code reconciliationId}): the format's reader turns it into neutral lines, which are matched in chunks, returned payments open REISSUE work, and
 * claims whose payments have all settled become PAID. Restartable: a failed run started again with
 * the same parameters goes on from its last committed chunk. Once the outcome is recorded the file is
 * deleted; a run cut off by a crash never records one, so its file stays for the restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReconciliationSettings.class, BankCsvMapping.class})
public class ReconciliationJobConfiguration {

    public static final String JOB_NAME = "reconciliation";

    @Bean
    Job reconciliation(JobRepository jobs, PlatformTransactionManager tx, PaymentLedger ledger, PaidClaims paidClaims,
                       ItemStreamReader<List<SettlementLine>> settlementLineReader,
                       ItemWriter<List<SettlementLine>> settlementMatcher, OpenReissueItems reissue) {
        // One block of lines (chunk-size of them) a transaction.
        Step match = new StepBuilder("matchSettlementLines", jobs)
                .<List<SettlementLine>, List<SettlementLine>>chunk(1, tx)
                .reader(settlementLineReader)
                .writer(settlementMatcher)
                .build();
        Step openReissue = new StepBuilder("openReissueItems", jobs).tasklet(reissue, tx).build();
        Step markPaid = new StepBuilder("reportPaidClaims", jobs).tasklet(reportPaidClaims(ledger, paidClaims), tx).build();
        return new JobBuilder(JOB_NAME, jobs)
                .listener(explainFailure())
                .start(match).next(openReissue).next(markPaid)
                .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<List<SettlementLine>> settlementLineReader(@Value("#{jobParameters['filePath']}") String filePath,
                                                                @Value("#{jobParameters['format']}") String format,
                                                                BankCsvMapping bankCsv, ReconciliationSettings settings) {
        return new SettlementLineReader(Path.of(filePath), SettlementFormat.valueOf(format), bankCsv, settings.chunkSize());
    }

    @Bean
    @StepScope
    ItemWriter<List<SettlementLine>> settlementMatcher(JdbcClient jdbc, PaymentLedger ledger, ReconciliationRecords records, Clock clock,
                                                 @Value("#{jobParameters['reconciliationId']}") String reconciliationId) {
        return new SettlementMatcher(jdbc, ledger, records, clock, UUID.fromString(reconciliationId));
    }

    /**
     * Claims whose every payment is now settled (a reissued payment counts by its replacement) are
     * reported to the claims feature, which decides what that means for the claim.
     */
    private static Tasklet reportPaidClaims(PaymentLedger ledger, PaidClaims paidClaims) {
        return (contribution, chunk) -> {
            UUID reconciliationId = UUID.fromString(
                    chunk.getStepContext().getStepExecution().getJobParameters().getString("reconciliationId"));
            PaymentLedger.ClaimsReached reached = ledger.claimsReachedBy(reconciliationId);
            paidClaims.paymentReturned(reached.returned(), "reconciliation");
            List<UUID> paid = ledger.fullyPaidClaims(reached.settled());
            paidClaims.fullyPaid(paid, "reconciliation");
            contribution.incrementWriteCount(paid.size());
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * A failed run's reason in words in Spring Batch's exit description, where the API reads it; and
     * the settlement file deleted once the run has an outcome (a crash leaves it for the restart).
     */
    private static JobExecutionListener explainFailure() {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    String reason = execution.getAllFailureExceptions().stream()
                            .map(e -> e instanceof SettlementFileException ? e.getMessage() : e.getClass().getSimpleName())
                            .findFirst().orElse("stopped");
                    execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), reason));
                }
                SettlementFiles.delete(Path.of(execution.getJobParameters().getString("filePath")));
            }
        };
    }
}
