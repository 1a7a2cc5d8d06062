package org.victimcompensation.reporting;

import org.victimcompensation.security.Access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.background.BackgroundJobs;
import org.victimcompensation.batch.reporting.VocaReportJobConfiguration;
import org.victimcompensation.batch.reporting.VocaReportRecords;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * VOCA funder reports: requested by program staff (or the command line), produced by the
 * {@code vocaReport} job, stored with their parameters, figures and workbook so a report can be
 * downloaded again and compared with a rerun.
 */
@Service
public class VocaReports {

    private final JdbcClient jdbc;
    private final BackgroundJobs jobs;
    private final VocaReportRecords records;
    private final Job job;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;

    VocaReports(JdbcClient jdbc, BackgroundJobs jobs, VocaReportRecords records,
                @Qualifier(VocaReportJobConfiguration.JOB_NAME) Job job, ObjectMapper json, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.records = records;
        this.job = job;
        this.json = json;
        this.clock = clock;
    }

    record Requested(UUID id) {
    }

    record Report(UUID id, String status, int fiscalYear, Integer quarter, String period, Instant requestedAt,
                  Instant asOf, Instant finishedAt, Long workbookBytes, String failureReason, JsonNode figures,
                  String submittedBy, Instant submittedAt, JsonNode sinceSubmission, JsonNode yearFromQuarters) {
    }

    /** Records the request and starts the job once it has committed. */
    @Transactional
    @Access.ProgramOperations
    Requested request(FederalFiscalPeriod period, String requestedBy) {
        UUID id = UUID.randomUUID();
        records.open(id, period, requestedBy, clock.instant());
        jobs.start(job, parameters(id, period));
        return new Requested(id);
    }

    /** For the command line: produces the report, waits for it and returns its id. */
    UUID produceNow(FederalFiscalPeriod period, String requestedBy) {
        UUID id = UUID.randomUUID();
        records.open(id, period, requestedBy, clock.instant());
        BatchStatus status = jobs.start(job, parameters(id, period)).join().getStatus();
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the report failed: " + report(id).failureReason());
        }
        return id;
    }

    record Recent(UUID id, String period, String status, String requestedBy) {
    }

    /** The latest requests, newest first, for the reports page. */
    @Access.ProgramOperations
    List<Recent> recent(int count) {
        return jdbc.sql("select id, fiscal_year, quarter, requested_by from voca_report order by requested_at desc limit ?")
                .param(count)
                .query((rs, i) -> {
                    FederalFiscalPeriod period = new FederalFiscalPeriod(rs.getInt("fiscal_year"), (Integer) rs.getObject("quarter"));
                    UUID id = rs.getObject("id", UUID.class);
                    return new Recent(id, period.label(), progress(id, period).state().name(), rs.getString("requested_by"));
                })
                .list();
    }

    /** On start-up: reports a stopped node left half-made are made again (the job restarts where it stopped). */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        jobs.resumeAbandoned(job);
    }

    @Access.ProgramOperations
    Report report(UUID id) {
        return jdbc.sql("""
                        select id, fiscal_year, quarter, requested_at, as_of, workbook_bytes,
                          figures::text as figures, submitted_by, submitted_at, since_submission::text as since,
                          year_from_quarters::text as year from voca_report where id = ?""")
                .param(id)
                .query((rs, i) -> {
                    Integer quarter = (Integer) rs.getObject("quarter");
                    FederalFiscalPeriod period = new FederalFiscalPeriod(rs.getInt("fiscal_year"), quarter);
                    BackgroundJobs.Progress progress = progress(id, period);
                    return new Report(id, progress.state().name(), rs.getInt("fiscal_year"), quarter, period.label(),
                            rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("as_of")),
                            progress.finishedAt(), (Long) rs.getObject("workbook_bytes"),
                            progress.failureReason(), readJson(rs.getString("figures")), rs.getString("submitted_by"),
                            instant(rs.getTimestamp("submitted_at")), readJson(rs.getString("since")), readJson(rs.getString("year")));
                })
                .optional().orElseThrow(() -> new NotFoundException("No report has this id."));
    }

    /**
     * Freezes a completed quarter as submitted to OVC (who, when): its stored figures are the
     * quarter's from now on, and the year's PMT view sums them. One submission per quarter.
     */
    @Transactional
    @Access.ProgramOperations
    Report submit(UUID id, String submittedBy) {
        Report report = jdbc.sql("select 1 from voca_report where id = ? for update").param(id).query().listOfRows().isEmpty()
                ? null : report(id);
        if (report == null) {
            throw new NotFoundException("No report has this id.");
        }
        if (report.quarter() == null) {
            throw new ConflictException("Only a quarter is submitted; the year is the sum of its submitted quarters.");
        }
        if (!report.status().equals("COMPLETED")) {
            throw new ConflictException("The report is " + report.status() + "; only a completed report can be submitted.");
        }
        if (report.submittedAt() != null) {
            throw new ConflictException("This report was already submitted.");
        }
        boolean alreadySubmitted = !jdbc.sql("""
                        select 1 from voca_report where fiscal_year = ? and quarter = ? and submitted_at is not null""")
                .params(report.fiscalYear(), report.quarter()).query().listOfRows().isEmpty();
        if (alreadySubmitted) {
            throw new ConflictException("FY" + report.fiscalYear() + " Q" + report.quarter() + " was already submitted.");
        }
        records.submitted(id, submittedBy, clock.instant());
        audit.recordOperation(submittedBy, AuditAction.REPORT_SUBMITTED, "VOCA report " + id + " (" + report.period() + ")");
        return report(id);
    }

    record Workbook(String fileName, byte[] content) {
    }

    /** The copy for OVC's PMT (every count as counted), or the {@code publication} copy (small counts blank). */
    @Access.ProgramOperations
    Workbook workbook(UUID id, boolean publication) {
        Report report = report(id);
        if (!report.status().equals("COMPLETED")) {
            throw new ConflictException("The report is " + report.status() + "; its workbook is not ready.");
        }
        byte[] content = jdbc.sql("select " + (publication ? "publication_workbook" : "workbook") + " from voca_report where id = ?")
                .param(id).query(byte[].class).single();
        if (content == null) {
            throw new ConflictException("This report was produced before publication copies were kept; run it again.");
        }
        String name = "voca-FY" + report.fiscalYear() + (report.quarter() == null ? "-annual" : "-Q" + report.quarter())
                + (publication ? "-publication" : "") + ".xlsx";
        return new Workbook(name, content);
    }

    private BackgroundJobs.Progress progress(UUID id, FederalFiscalPeriod period) {
        return jobs.stateOf(VocaReportJobConfiguration.JOB_NAME, parameters(id, period));
    }

    private static JobParameters parameters(UUID id, FederalFiscalPeriod period) {
        return new JobParametersBuilder().addString("reportId", id.toString())
                .addLong("fiscalYear", (long) period.fiscalYear())
                .addLong("quarter", period.quarter() == null ? 0L : period.quarter().longValue())
                .toJobParameters();
    }

    private JsonNode readJson(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored figures are not JSON", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
