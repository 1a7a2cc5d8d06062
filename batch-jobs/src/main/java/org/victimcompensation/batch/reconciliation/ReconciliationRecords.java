package org.victimcompensation.batch.reconciliation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The only writer of {@code reconciliation}: the upload opens a row, the job counts into it. Where a
 * reconciliation stands (running, completed, failed) is Spring Batch's record, not a column here.
 */
@Repository
public class ReconciliationRecords {

    private final JdbcClient jdbc;

    ReconciliationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(UUID id, String fileName, Path file, String sha256, SettlementFormat format, String uploadedBy,
                     Instant uploadedAt) {
        jdbc.sql("""
                        insert into reconciliation (id, file_name, file_path, file_sha256, format, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, fileName, file.toString(), sha256, format.name(), uploadedBy, Timestamp.from(uploadedAt))
                .update();
    }

    void countMatched(UUID id, int matched, int returned, int unmatched) {
        jdbc.sql("update reconciliation set matched = matched + ?, returned = returned + ?, unmatched = unmatched + ? where id = ?")
                .params(matched, returned, unmatched, id)
                .update();
    }

    void countOtherEntries(UUID id, int added) {
        if (added == 0) {
            return;
        }
        jdbc.sql("update reconciliation set other_entries = other_entries + ? where id = ?").params(added, id).update();
    }
}
