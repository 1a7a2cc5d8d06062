package org.victimcompensation.batch.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The only writer of {@code voca_report}: a request opens a row, the job stores its figures and
 * workbooks, a submission freezes a quarter. Whether a report is running, done or failed is Spring
 * Batch's record, not a column here.
 */
@Repository
public class VocaReportRecords {

    private final JdbcClient jdbc;

    VocaReportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(UUID id, FederalFiscalPeriod period, String requestedBy, Instant requestedAt) {
        jdbc.sql("insert into voca_report (id, fiscal_year, quarter, requested_by, requested_at) values (?, ?, ?, ?, ?)")
                .params(id, period.fiscalYear(), period.quarter(), requestedBy, Timestamp.from(requestedAt))
                .update();
    }

    public void submitted(UUID id, String submittedBy, Instant submittedAt) {
        jdbc.sql("update voca_report set submitted_by = ?, submitted_at = ? where id = ?")
                .params(submittedBy, Timestamp.from(submittedAt), id).update();
    }

    /** In the figures' repeatable-read transaction, whose now() is the snapshot's time: what they are "as of". */
    void figures(String reportId, String figures, String sinceSubmission, String yearFromQuarters) {
        jdbc.sql("""
                        update voca_report set figures = ?::jsonb, since_submission = ?::jsonb, year_from_quarters = ?::jsonb,
                          as_of = now() where id = ?::uuid""")
                .params(figures, sinceSubmission, yearFromQuarters, reportId)
                .update();
    }

    void workbooks(String reportId, byte[] pmt, byte[] publication) {
        jdbc.sql("update voca_report set workbook = ?, workbook_bytes = ?, publication_workbook = ? where id = ?::uuid")
                .params(pmt, pmt.length, publication, reportId).update();
    }
}
