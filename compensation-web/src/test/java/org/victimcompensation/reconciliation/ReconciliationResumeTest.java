package org.victimcompensation.reconciliation;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.victimcompensation.ApiTest;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.batch.reconciliation.ReconciliationRecords;
import org.victimcompensation.batch.reconciliation.ReconciliationSettings;
import org.victimcompensation.batch.reconciliation.SettlementFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At start-up a node resumes the reconciliations whose files are still in its upload folder (a node
 * stopped before their job began or ended), and only those: a file nobody opened is left alone.
 */
class ReconciliationResumeTest extends ApiTest {

    @Autowired
    Reconciliations reconciliations;
    @Autowired
    ReconciliationRecords records;
    @Autowired
    ReconciliationSettings settings;
    @Autowired
    JobExplorer explorer;

    @Test
    void aFileLeftInTheFolderIsReconciledAtTheNextStart() throws Exception {
        Files.createDirectories(settings.uploadDir());
        UUID left = UUID.randomUUID();
        Path file = Files.writeString(settings.uploadDir().resolve(left + ".settlement"),
                "payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                        + "P00000000000000,GW,1.00,USD,SETTLED,2026-11-30,\n");
        records.open(left, "left.csv", file, "n/a", SettlementFormat.CSV, "pat", Instant.now());
        UUID unopened = UUID.randomUUID();
        Path stray = Files.writeString(settings.uploadDir().resolve(unopened + ".settlement"), "not yet committed");
        Path other = Files.writeString(settings.uploadDir().resolve("notes.txt"), "not a settlement file");

        try {
            reconciliations.run(null);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Response result = get("pat", "/api/v1/staff/reconciliations/" + left);
                assertThat(result.json().get("status").asText()).as(result.body()).isEqualTo("COMPLETED");
                assertThat(result.json().get("unmatched").asInt()).isEqualTo(1);
            });
            assertThat(file).as("deleted once reconciled").doesNotExist();
            assertThat(stray).exists();
            assertThat(other).exists();
            assertThat(explorer.getJobInstances(ReconciliationJobConfiguration.JOB_NAME, 0, 10_000).stream()
                    .map(instance -> explorer.getJobExecutions(instance).get(0).getJobParameters().getString("reconciliationId")))
                    .contains(left.toString()).doesNotContain(unopened.toString());
        } finally {
            Files.deleteIfExists(stray);
            Files.deleteIfExists(other);
        }
    }
}
