package org.victimcompensation.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.batch.reconciliation.ReconciliationRecords;
import org.victimcompensation.batch.reconciliation.SettlementFormat;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reconciliation that dies in the middle of a file and is restarted ends exactly where one that
 * never died ends: same payment states, same counts, same exceptions, nothing applied twice.
 */
class ReconciliationRestartTest extends ApiTest {

    private static final int PAYMENTS = 12;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JobLauncher launcher;
    @Autowired
    ReconciliationRecords records;
    @Autowired
    @Qualifier(ReconciliationJobConfiguration.JOB_NAME)
    Job job;

    @TempDir
    Path dir;

    @Test
    void aJobKilledMidFileAndRestartedEndsLikeOneNeverKilled() throws Exception {
        UUID claimId = claimFor(submit(aClaim()).reference());
        List<String> killed = issuedPayments(claimId, "A");
        List<String> neverKilled = issuedPayments(claimId, "B");

        Path broken = Files.writeString(dir.resolve("a.csv"), settlementFile(killed, true));
        UUID first = reconciliation(broken);
        JobParameters parameters = parameters(first, broken);
        JobExecution failed = launcher.run(job, parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        List<String> halfway = statuses(killed);
        assertThat(halfway).contains("SETTLED").contains("ISSUED");

        Files.writeString(broken, settlementFile(killed, false));
        JobExecution restarted = launcher.run(job, parameters);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        StepExecution resumedStep = restarted.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("matchSettlementLines")).findFirst().orElseThrow();
        // 14 lines in blocks of chunk-size 3; the bad amount in the 10th stopped the 4th block, 3 were committed.
        assertThat(resumedStep.getReadCount()).as("the restart reads only the blocks not committed").isEqualTo(2);

        Path good = Files.writeString(dir.resolve("b.csv"), settlementFile(neverKilled, false));
        UUID second = reconciliation(good);
        assertThat(launcher.run(job, parameters(second, good)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(statuses(killed)).isEqualTo(statuses(neverKilled));
        assertThat(counts(first)).isEqualTo(counts(second));
        assertThat(exceptions(first)).isEqualTo(exceptions(second)).hasSize(2);
    }

    /** Settles all but one payment, returns one, repeats one line and names an unknown payment. */
    private static String settlementFile(List<String> references, boolean broken) {
        StringBuilder csv = new StringBuilder("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n");
        for (int i = 0; i < references.size(); i++) {
            boolean returned = i == 5;
            String amount = broken && i == 8 ? "not-money" : "100.00";
            csv.append(references.get(i)).append(",GW,").append(amount).append(",USD,")
                    .append(returned ? "RETURNED" : "SETTLED").append(",2026-11-30,").append(returned ? "R02" : "").append('\n');
            if (i == 2) {
                csv.append(references.get(0)).append(",GW,100.00,USD,SETTLED,2026-11-30,\n");
            }
        }
        csv.append("PAY-0000000000000000,GW,1.00,USD,SETTLED,2026-11-30,\n");
        return csv.toString();
    }

    private List<String> issuedPayments(UUID claimId, String set) {
        List<String> references = new ArrayList<>();
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        for (int i = 0; i < PAYMENTS; i++) {
            UUID id = UUID.randomUUID();
            String reference = "PAY-" + set + unique + String.format("%05d", i);
            jdbc.sql("""
                            insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                              method, fund_source, property_damage, status, due_at, issued_at, gateway_id)
                            values (?, ?, ?, 'FINAL', 'MEDICAL_DENTAL', 100.00, 'PROVIDER', ?, 'ACH', 'STATE', false, 'ISSUED',
                              now(), now(), 'GW')""")
                    .params(id, reference, claimId, cipher.seal("Test Clinic", "payment.payee_name:" + id))
                    .update();
            references.add(reference);
        }
        return references;
    }

    private UUID reconciliation(Path file) {
        UUID id = UUID.randomUUID();
        records.open(id, "test.csv", file, "n/a", SettlementFormat.CSV, "test", Instant.now());
        return id;
    }

    private static JobParameters parameters(UUID reconciliation, Path file) {
        return new JobParametersBuilder().addString("reconciliationId", reconciliation.toString())
                .addString("filePath", file.toString()).addString("format", "CSV").toJobParameters();
    }

    private UUID claimFor(String reference) {
        return jdbc.sql("select id from claim where reference = ?").param(reference).query(UUID.class).single();
    }

    private List<String> statuses(List<String> references) {
        return references.stream().map(r -> jdbc.sql("select status from payment where reference = ?").param(r)
                .query(String.class).single()).toList();
    }

    private Map<String, Object> counts(UUID reconciliation) {
        return jdbc.sql("select matched, returned, unmatched from reconciliation where id = ?")
                .param(reconciliation).query().singleRow();
    }

    private List<String> exceptions(UUID reconciliation) {
        return jdbc.sql("select line_no || ' ' || kind from reconciliation_exception where reconciliation_id = ? order by line_no")
                .param(reconciliation).query(String.class).list();
    }
}
