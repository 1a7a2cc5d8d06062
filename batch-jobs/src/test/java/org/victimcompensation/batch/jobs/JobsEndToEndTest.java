package org.victimcompensation.batch.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.victimcompensation.batch.payments.PaymentRunJobConfiguration;
import org.victimcompensation.batch.payments.PaymentRunRecords;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.batch.reconciliation.ReconciliationRecords;
import org.victimcompensation.batch.reconciliation.SettlementFormat;
import org.victimcompensation.batch.reporting.VocaReportJobConfiguration;
import org.victimcompensation.batch.reporting.VocaReportRecords;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.ledger.PaymentLedger;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each job of the module run end to end on data this test owns (its own database, emptied before
 * each test), with exact counts: what the job read and wrote, what it recorded, whom it told.
 */
@SpringBootTest(classes = JobTestApplication.class)
class JobsEndToEndTest {

    private static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    static {
        GATEWAY.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry properties) {
        properties.add("compensation.payments.gateway-url", GATEWAY::baseUrl);
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop();
    }

    @Autowired
    JobLauncher launcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentLedger ledger;
    @Autowired
    JobTestApplication.Told told;
    @Autowired
    PaymentRunRecords runs;
    @Autowired
    ReconciliationRecords reconciliations;
    @Autowired
    VocaReportRecords reports;
    @Autowired
    @Qualifier(PaymentRunJobConfiguration.JOB_NAME)
    Job paymentRun;
    @Autowired
    @Qualifier(ReconciliationJobConfiguration.JOB_NAME)
    Job reconciliation;
    @Autowired
    @Qualifier(VocaReportJobConfiguration.JOB_NAME)
    Job vocaReport;

    @TempDir
    Path dir;

    @BeforeEach
    void ownData() {
        jdbc.sql("truncate payment_run, reconciliation, voca_report, claim cascade").update();
        told.clear();
        GATEWAY.resetAll();
    }

    @Test
    void aPaymentRunIssuesWhatTheGatewayAcceptsAndOpensReissueWorkForWhatItRefuses() throws Exception {
        UUID claim = claim("VC-2026-JOB001", Instant.parse("2026-11-02T17:00:00Z"));
        List<String> due = List.of(due(claim, "1000.00"), due(claim, "250.00"), due(claim, "75.50"));
        GATEWAY.stubFor(post("/payments").atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"gatewayId\": \"GW-{{request.headers.Idempotency-Key}}\", \"status\": \"ACCEPTED\"}")));
        GATEWAY.stubFor(post("/payments").atPriority(1).withHeader("Idempotency-Key", equalTo(due.get(2)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\": \"account closed\"}")));

        long runId = runs.open("job-test", Instant.now());
        JobExecution run = launcher.run(paymentRun, new JobParametersBuilder().addLong("runId", runId).toJobParameters());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(writes(run)).containsExactly(Map.entry("queuePayments", 3L), Map.entry("sendPayments", 3L),
                Map.entry("openReissueItems", 1L));
        assertThat(runs.counts(runId)).isEqualTo(new PaymentRunRecords.Counts(2, 1, 0));
        assertThat(statuses(due)).containsExactly("ISSUED", "ISSUED", "FAILED");
        assertThat(told.reissueOpened).containsExactly(due.get(2));
        for (String reference : due) {
            GATEWAY.verify(1, postRequestedFor(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo(reference)));
        }

        long again = runs.open("job-test", Instant.now());
        JobExecution second = launcher.run(paymentRun, new JobParametersBuilder().addLong("runId", again).toJobParameters());
        assertThat(writes(second)).as("nothing is due twice").containsExactly(Map.entry("queuePayments", 0L),
                Map.entry("sendPayments", 0L), Map.entry("openReissueItems", 0L));
        assertThat(runs.counts(again)).isEqualTo(new PaymentRunRecords.Counts(0, 0, 0));
    }

    /** The service's own CSV layout (PRODUCT.md, settlement files). */
    @Test
    void aReconciliationSettlesReturnsAndListsWhatItCannotMatch() throws Exception {
        UUID paid = claim("VC-2026-JOB002", Instant.parse("2026-11-02T17:00:00Z"));
        UUID owed = claim("VC-2026-JOB003", Instant.parse("2026-11-03T17:00:00Z"));
        String a = issued(paid, "100.00");
        String b = issued(paid, "200.00");
        String c = issued(owed, "300.00");
        Path file = Files.writeString(dir.resolve("settlement.csv"), """
                payment_reference,gateway_id,amount,currency,status,value_date,return_code
                %s,GW-1,100.00,USD,SETTLED,2026-11-30,
                %s,GW-2,200.00,USD,SETTLED,2026-11-30,
                %s,GW-3,300.00,USD,RETURNED,2026-12-01,R03
                %s,GW-1,100.00,USD,SETTLED,2026-11-30,
                P0000000000000Z,GW-9,9.99,USD,SETTLED,2026-11-30,
                """.formatted(a, b, c, a));
        UUID id = UUID.randomUUID();
        reconciliations.open(id, "settlement.csv", file, "n/a", SettlementFormat.CSV, "job-test", Instant.now());

        JobExecution run = launcher.run(reconciliation, new JobParametersBuilder().addString("reconciliationId", id.toString())
                .addString("filePath", file.toString()).addString("format", "CSV").toJobParameters());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(reads(run, "matchSettlementLines")).as("5 lines in blocks of chunk-size 2").isEqualTo(3);
        assertThat(jdbc.sql("select matched || ' ' || returned || ' ' || unmatched || ' ' || other_entries from reconciliation where id = ?")
                .param(id).query(String.class).single()).isEqualTo("2 1 2 0");
        assertThat(jdbc.sql("select line_no || ' ' || kind from reconciliation_exception where reconciliation_id = ? order by line_no")
                .param(id).query(String.class).list()).as("line numbers of the file, header included")
                .containsExactly("5 DUPLICATE_LINE", "6 UNKNOWN_REFERENCE");
        assertThat(statuses(List.of(a, b, c))).containsExactly("SETTLED", "SETTLED", "RETURNED");
        assertThat(told.fullyPaid).containsExactly(paid);
        assertThat(told.paymentReturned).containsExactly(owed);
        assertThat(told.reissueOpened).containsExactly(c);
        assertThat(file).as("deleted once the run has an outcome").doesNotExist();
    }

    @Test
    void aQuarterlyReportCountsThePeriodsClaimsAndStoresBothWorkbooks() throws Exception {
        claim("VC-2018-JOB004", Instant.parse("2018-10-15T17:00:00Z"));
        claim("VC-2018-JOB005", Instant.parse("2018-12-31T20:00:00Z"));  // 31 December, 12:00 in Los Angeles: Q1
        claim("VC-2019-JOB006", Instant.parse("2019-01-01T07:00:00Z"));  // 23:00 on 31 December in Los Angeles: Q1
        claim("VC-2019-JOB007", Instant.parse("2019-01-01T09:00:00Z"));  // 01:00 on 1 January there: Q2
        UUID id = UUID.randomUUID();
        FederalFiscalPeriod q1 = new FederalFiscalPeriod(2019, 1);
        reports.open(id, q1, "job-test", Instant.now());

        JobExecution run = launcher.run(vocaReport, new JobParametersBuilder().addString("reportId", id.toString())
                .addLong("fiscalYear", 2019L).addLong("quarter", 1L).toJobParameters());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Object> stored = jdbc.sql("select figures::text as figures, workbook, publication_workbook from voca_report where id = ?")
                .param(id).query().singleRow();
        JsonNode applications = new ObjectMapper().readTree((String) stored.get("figures")).get("applications");
        assertThat(applications.get("received").asLong()).isEqualTo(3);
        assertThat(applications.get("approved").asLong()).isZero();
        assertThat(applications.get("pendingAtPeriodEnd").asLong()).isEqualTo(3);
        for (String copy : List.of("workbook", "publication_workbook")) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream((byte[]) stored.get(copy)))) {
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Cover");
            }
        }
    }

    private UUID claim(String reference, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into claim (id, reference, access_code_hash, status, applicant_role, preferred_language, crime_type,
                          crime_occurred_on, crime_state, crime_flags, verification_source, emergency_award_requested,
                          advocate_involved, victim_age_band, race_ethnicity, safe_to_mail, safe_to_phone, safe_to_leave_voicemail,
                          safe_to_email, within_filing_window, possible_duplicate, applicant_lookup_hash, submitted_at)
                        values (?, ?, 'n/a', 'APPROVED', 'VICTIM', 'en', 'ASSAULT', date '2018-09-01', 'CA', '{}', 'POLICE_REPORT',
                          false, false, 'AGE_25_59', '{}', true, true, true, true, true, false, 'n/a', ?)""")
                .params(id, reference, Timestamp.from(submittedAt)).update();
        return id;
    }

    private String due(UUID claim, String amount) {
        return ledger.addDue(new PaymentLedger.NewPayment(claim, "FINAL", ExpenseCategory.MEDICAL_DENTAL, Money.parse(amount),
                Payee.PROVIDER, "Valley Clinic", PaymentMethod.ACH, false), Instant.now());
    }

    private String issued(UUID claim, String amount) {
        String reference = due(claim, amount);
        UUID id = jdbc.sql("select id from payment where reference = ?").param(reference).query(UUID.class).single();
        ledger.issued(id, "GW-" + reference, Instant.now(), runs.open("job-test", Instant.now()));
        return reference;
    }

    private List<String> statuses(List<String> references) {
        List<String> statuses = new ArrayList<>();
        references.forEach(r -> statuses.add(jdbc.sql("select status from payment where reference = ?").param(r)
                .query(String.class).single()));
        return statuses;
    }

    private static List<Map.Entry<String, Long>> writes(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .map(s -> Map.entry(s.getStepName(), s.getWriteCount())).toList();
    }

    private static long reads(JobExecution execution, String step) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step))
                .mapToLong(StepExecution::getReadCount).sum();
    }
}
