package org.victimcompensation.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciles 1,000,000 settlement lines against 1,000,000 issued payments with the reconciliation
 * job, and in the same run the baseline: PostgreSQL COPY of the same file into a table plus one
 * UPDATE ... FROM join. Prints both times, the ratio, the job's peak heap, each step's time and the
 * machine's load average at the start and the end (the cores may be shared). Not part of the test
 * suite; run it with the command in the README (section Benchmarks). Lines and payments can be
 * changed with -Dbenchmark.lines=N; -Dbenchmark.format=bai2 has the job read the same lines as a BAI2
 * statement (the baseline still copies them as CSV, which COPY can read).
 */
@SpringBootTest
@ActiveProfiles({"demo", "benchmark"})
class ReconciliationBenchmark {

    private static final int LINES = Integer.getInteger("benchmark.lines", 1_000_000);
    private static final int RETURNS_EVERY = 10_000;
    private static final int UNKNOWN_EVERY = 10_000;
    private static final boolean BAI2 = "bai2".equalsIgnoreCase(System.getProperty("benchmark.format", "csv"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Claims claims;
    @Autowired
    JobLauncher launcher;
    @Autowired
    @Qualifier(ReconciliationJobConfiguration.JOB_NAME)
    Job job;

    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.liquibase.user}")
    String ownerUser;
    @Value("${spring.liquibase.password:}")
    String ownerPassword;

    @TempDir
    Path dir;

    @Test
    void reconcileAMillionLines() throws Exception {
        String loadAtStart = loadAverage();
        UUID claimId = setUp();
        Path file = settlementFile();
        Path jobFile = BAI2 ? bai2File() : file;

        resetPayments(claimId);
        long baselineNanos = baseline(file);
        int baselineSettled = count("SETTLED");

        resetPayments(claimId);
        UUID reconciliation = UUID.randomUUID();
        jdbc.sql("""
                        insert into reconciliation (id, file_name, file_path, file_sha256, format, uploaded_by, uploaded_at)
                        values (?, 'benchmark', ?, 'n/a', ?, 'benchmark', now())""")
                .params(reconciliation, jobFile.toString(), BAI2 ? "BAI2" : "CSV").update();
        System.gc();
        resetPeakHeap();
        long start = System.nanoTime();
        long cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        JobExecution execution = launcher.run(job, new JobParametersBuilder()
                .addString("reconciliationId", reconciliation.toString())
                .addString("filePath", jobFile.toString()).addString("format", BAI2 ? "BAI2" : "CSV").toJobParameters());
        long jobNanos = System.nanoTime() - start;
        long jobCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
        long peakHeap = peakHeapBytes();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SETTLED")).isEqualTo(baselineSettled);
        System.out.printf("%nRECONCILIATION BENCHMARK (%,d %s lines against %,d issued payments)%n", LINES,
                BAI2 ? "BAI2" : "CSV", LINES);
        System.out.printf("  baseline (COPY + one UPDATE ... FROM join): %8.1f s%n", baselineNanos / 1e9);
        System.out.printf("  reconciliation job:                         %8.1f s%n", jobNanos / 1e9);
        System.out.printf("  ratio job / baseline:                       %8.2f%n", (double) jobNanos / baselineNanos);
        System.out.printf("  peak heap used during the job:              %8.0f MB (max heap %d MB)%n",
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        // The launcher runs the job on this thread: its CPU time is the job's own Java work, the rest is waiting.
        System.out.printf("  CPU time of the thread that ran the job:    %8.1f s%n", jobCpuNanos / 1e9);
        for (StepExecution step : execution.getStepExecutions()) {
            System.out.printf("  step %-40s %8.1f s%n", step.getStepName() + ":",
                    Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1e3);
        }
        // Two cores shared with other builds: the load says how much the seconds above carry of them.
        System.out.printf("  load average (1, 5, 15 min) at start: %s, at end: %s%n%n", loadAtStart, loadAverage());
    }

    private UUID setUp() {
        String reference = claims.submit(new ClaimApplication(
                new ClaimApplication.Applicant("Bench", "Mark", LocalDate.of(1980, 1, 1), "en", null, null, null, null,
                        new ClaimApplication.SafeContact(false, false, false, false)),
                ApplicantRole.VICTIM, null,
                new ClaimApplication.Crime(CrimeType.ASSAULT, LocalDate.now().minusDays(5), null, "CA", null, null, Set.of()),
                new ClaimApplication.Verification(VerificationSource.MEDICAL_PROVIDER, null, null),
                List.of(new ClaimApplication.Expense(ExpenseCategory.MEDICAL_DENTAL, Money.dollars(100), Payee.APPLICANT, null, null)),
                List.of(), false, null, null)).reference();
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(reference).query(UUID.class).single();
        // The benchmark database is the benchmark's own: start each run from empty payment tables.
        jdbc.sql("truncate payment_fund_change, payment_outbox, reconciliation_exception, reconciliation_other_entry, reconciliation, payment").update();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at, issued_at, gateway_id)
                        select gen_random_uuid(), 'PAY-B' || lpad(g::text, 15, '0'), :claim, 'FINAL', 'MEDICAL_DENTAL',
                          (g % 5000 + 1)::numeric(12, 2), 'PROVIDER', 'bench:none', 'ACH', 'STATE', false, 'ISSUED', now(), now(),
                          'GW-' || g
                        from generate_series(1, :lines) as g""")
                .param("claim", claimId).param("lines", LINES).update();
        jdbc.sql("analyze payment").update();
        return claimId;
    }

    /** Mostly settlements, a return every 10,000 lines, an unknown reference every 10,000. */
    private Path settlementFile() throws Exception {
        Path file = dir.resolve("settlement.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n");
            for (int g = 1; g <= LINES; g++) {
                String reference = reference(g);
                boolean returned = g % RETURNS_EVERY == 3;
                out.write(reference + "," + gatewayId(g) + "," + (g % 5000 + 1) + ".00,USD," + (returned ? "RETURNED" : "SETTLED")
                        + ",2026-11-30," + (returned ? "R01" : "") + "\n");
            }
        }
        return file;
    }

    /** The same lines as a BAI2 statement: 469 (ACH debit) for a settlement, 257 (ACH return item) for a return. */
    private Path bai2File() throws Exception {
        Path file = dir.resolve("settlement.bai2");
        long total = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("01,BANK,PROGRAM,261130,2300,1,,,2/\n02,PROGRAM,BANK,1,261130,2300,USD,2/\n03,000123456789,USD/\n");
            for (int g = 1; g <= LINES; g++) {
                boolean returned = g % RETURNS_EVERY == 3;
                long cents = (g % 5000 + 1) * 100L;
                total += cents;
                out.write("16," + (returned ? "257," : "469,") + cents + ",," + gatewayId(g) + "," + reference(g)
                        + (returned ? ",ACH RETURN R01" : ",ACH PAYMENT") + "\n");
            }
            out.write("49," + total + "," + (LINES + 2) + "/\n98," + total + ",1," + (LINES + 4) + "/\n99," + total + ",1,"
                    + (LINES + 6) + "/\n");
        }
        return file;
    }

    /** Payments are PAY-B and 15 digits; one line in 10,000 names a reference of the same shape that no payment has. */
    private static String reference(int g) {
        return (g % UNKNOWN_EVERY == 7 ? "PAY-C" : "PAY-B") + String.format("%015d", g);
    }

    /** The unknown lines' gateway ids are unknown too: a known one would match its payment (the last key tried). */
    private static String gatewayId(int g) {
        return (g % UNKNOWN_EVERY == 7 ? "GW-X" : "GW-") + g;
    }

    private long baseline(Path file) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("""
                    create temporary table settlement_staging (payment_reference text, gateway_id text, amount numeric(12, 2),
                      currency text, status text, value_date date, return_code text) on commit drop""");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy settlement_staging from stdin with (format csv, header true)", reader);
            }
            connection.createStatement().executeUpdate("""
                    update payment p set status = s.status, settled_at = now(), value_date = s.value_date,
                      return_code = nullif(s.return_code, '')
                    from settlement_staging s
                    where p.reference = s.payment_reference and p.status = 'ISSUED' and p.amount = s.amount""");
            connection.commit();
        }
        return System.nanoTime() - start;
    }

    private void resetPayments(UUID claimId) {
        jdbc.sql("""
                        update payment set status = 'ISSUED', settled_at = null, value_date = null, return_code = null,
                          returned_at = null, settled_by = null, returned_by = null, reissue_opened = true
                        where claim_id = ?""").param(claimId).update();
        jdbc.sql("update claim set status = 'APPROVED' where id = ?").param(claimId).update();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.createStatement().execute("vacuum analyze payment");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // Both timed runs start just after a checkpoint, so neither carries one that the reset's million
        // updates made due, and both pay the same full-page writes. Asked as the schema owner, which must
        // be a superuser or hold pg_checkpoint (the demo's owner is postgres).
        try (Connection owner = DriverManager.getConnection(databaseUrl, ownerUser, ownerPassword)) {
            owner.createStatement().execute("checkpoint");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String status) {
        return jdbc.sql("select count(*) from payment where status = ? and reference like 'PAY-B%'").param(status)
                .query(Integer.class).single();
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return String.join(" ", Arrays.asList(fields).subList(0, 3));
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
