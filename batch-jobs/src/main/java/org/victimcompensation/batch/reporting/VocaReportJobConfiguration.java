package org.victimcompensation.batch.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.domain.reporting.PeriodFlows;
import org.victimcompensation.domain.reporting.ReportConsistency;
import org.victimcompensation.domain.reporting.VocaFigures;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The VOCA funder report (job parameters {@code reportId}, {@code fiscalYear}, {@code quarter}, 0 for
 * the whole year): first every figure from one consistent snapshot of the database (a repeatable-read
 * transaction), checked for agreement and stored with the report; then the workbook, written from
 * the stored figures and stored beside them twice: the copy for OVC's PMT (every count) and the
 * publication copy (small counts left blank).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
public class VocaReportJobConfiguration {

    public static final String JOB_NAME = "vocaReport";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The program's zone as a bean, for the code outside reports that counts its calendar days (the ledger, notices). */
    @Bean
    ZoneId programZone(ReportSettings settings) {
        return settings.zone();
    }

    @Bean
    Job vocaReport(JobRepository jobs, PlatformTransactionManager tx, JdbcClient jdbc, VocaReportRecords records,
                   VocaQueries queries, Clock clock,
                   ReportSettings settings) {
        ZoneId zone = settings.zone();
        long suppressBelow = settings.suppressBelow();
        DefaultTransactionAttribute snapshot = new DefaultTransactionAttribute();
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Step figures = new StepBuilder("computeFigures", jobs)
                .tasklet(computeFigures(jdbc, records, queries, zone), tx).transactionAttribute(snapshot).build();
        Step workbook = new StepBuilder("writeWorkbook", jobs).tasklet(writeWorkbook(jdbc, records, suppressBelow, clock), tx).build();
        return new JobBuilder(JOB_NAME, jobs).listener(explainFailure()).start(figures).next(workbook).build();
    }

    static FederalFiscalPeriod period(org.springframework.batch.core.JobParameters parameters) {
        long quarter = parameters.getLong("quarter");
        return new FederalFiscalPeriod(parameters.getLong("fiscalYear").intValue(), quarter == 0 ? null : (int) quarter);
    }

    private static Tasklet computeFigures(JdbcClient jdbc, VocaReportRecords records, VocaQueries queries, ZoneId zone) {
        return (contribution, chunk) -> {
            var parameters = chunk.getStepContext().getStepExecution().getJobParameters();
            VocaFigures figures = queries.compute(period(parameters), zone);
            List<String> disagreements = ReportConsistency.disagreements(figures);
            if (!disagreements.isEmpty()) {
                throw new ReportInconsistentException("The figures do not agree: " + String.join("; ", disagreements));
            }
            FederalFiscalPeriod period = period(parameters);
            SinceSubmission since = period.isAnnual() ? null : sinceSubmission(jdbc, queries, period, zone, figures);
            List<PeriodFlows.YearLine> year = period.isAnnual() ? PeriodFlows.year(submittedQuarters(jdbc, period), figures) : null;
            records.figures(parameters.getString("reportId"), JSON.writeValueAsString(figures),
                    since == null ? null : JSON.writeValueAsString(since), year == null ? null : JSON.writeValueAsString(year));
            return RepeatStatus.FINISHED;
        };
    }

    /** A rerun of a submitted quarter: which figures differ from the submitted ones, by how much, and why. */
    record SinceSubmission(String submittedReport, String submittedBy, String submittedAt,
                           List<PeriodFlows.Difference> differences, List<String> reasons) {
    }

    private static SinceSubmission sinceSubmission(JdbcClient jdbc, VocaQueries queries, FederalFiscalPeriod period,
                                                   ZoneId zone, VocaFigures figures) throws Exception {
        var submitted = jdbc.sql("""
                        select id::text as id, submitted_by, submitted_at, figures::text as figures from voca_report
                        where fiscal_year = ? and quarter = ? and submitted_at is not null""")
                .params(period.fiscalYear(), period.quarter()).query().listOfRows();
        if (submitted.isEmpty()) {
            return null;
        }
        var row = submitted.get(0);
        Instant at = ((Timestamp) row.get("submitted_at")).toInstant();
        List<PeriodFlows.Difference> differences =
                PeriodFlows.differences(JSON.readValue((String) row.get("figures"), VocaFigures.class), figures);
        return new SinceSubmission((String) row.get("id"), (String) row.get("submitted_by"), at.toString(), differences,
                differences.isEmpty() ? List.of() : queries.recordedAfter(period, zone, at));
    }

    /** The figures each quarter of the year was submitted with, in order; null where a quarter was not submitted. */
    private static List<VocaFigures> submittedQuarters(JdbcClient jdbc, FederalFiscalPeriod year) throws Exception {
        VocaFigures[] quarters = new VocaFigures[4];
        for (var row : jdbc.sql("""
                        select quarter, figures::text as figures from voca_report
                        where fiscal_year = ? and quarter is not null and submitted_at is not null""")
                .param(year.fiscalYear()).query().listOfRows()) {
            quarters[(Integer) row.get("quarter") - 1] = JSON.readValue((String) row.get("figures"), VocaFigures.class);
        }
        return Arrays.asList(quarters);
    }

    private static Tasklet writeWorkbook(JdbcClient jdbc, VocaReportRecords records, long suppressBelow, Clock clock) {
        return (contribution, chunk) -> {
            var parameters = chunk.getStepContext().getStepExecution().getJobParameters();
            String reportId = parameters.getString("reportId");
            var stored = jdbc.sql("""
                            select figures::text as figures, since_submission::text as since, year_from_quarters::text as year, as_of
                            from voca_report where id = ?::uuid""")
                    .param(reportId).query().singleRow();
            VocaFigures figures = JSON.readValue((String) stored.get("figures"), VocaFigures.class);
            SinceSubmission since = stored.get("since") == null ? null
                    : JSON.readValue((String) stored.get("since"), SinceSubmission.class);
            List<PeriodFlows.YearLine> year = stored.get("year") == null ? null
                    : Arrays.asList(JSON.readValue((String) stored.get("year"), PeriodFlows.YearLine[].class));
            Instant asOf = ((Timestamp) stored.get("as_of")).toInstant();
            Instant producedAt = clock.instant();
            ByteArrayOutputStream pmt = new ByteArrayOutputStream();
            VocaWorkbook.write(figures, since, year, period(parameters), asOf, producedAt, false, suppressBelow, pmt);
            ByteArrayOutputStream publication = new ByteArrayOutputStream();
            VocaWorkbook.write(figures, since, year, period(parameters), asOf, producedAt, true, suppressBelow, publication);
            records.workbooks(reportId, pmt.toByteArray(), publication.toByteArray());
            return RepeatStatus.FINISHED;
        };
    }

    /** A failed report's reason in words in Spring Batch's exit description, where the API reads it. */
    private static JobExecutionListener explainFailure() {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    return;
                }
                String reason = execution.getAllFailureExceptions().stream()
                        .map(e -> e instanceof ReportInconsistentException ? e.getMessage() : "the report could not be produced ("
                                + e.getClass().getSimpleName() + ")")
                        .findFirst().orElse("stopped");
                execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), reason));
            }
        };
    }

}
