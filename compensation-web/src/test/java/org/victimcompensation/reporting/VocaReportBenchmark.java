package org.victimcompensation.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.victimcompensation.batch.reporting.VocaQueries;
import org.victimcompensation.batch.reporting.VocaReportJobConfiguration;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.domain.reporting.VocaFigures;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual VOCA report over 1,000,000 claims with 3,000,000 expense lines and 3,000,000 payments:
 * the whole job, and in the same run the baseline of the job's own SQL queries alone. Prints both,
 * the ratio and the job's peak heap. Run with the command in the README (section Benchmarks);
 * -Dbenchmark.claims=N changes the size.
 */
@SpringBootTest
@ActiveProfiles({"demo", "benchmark"})
class VocaReportBenchmark {

    private static final int CLAIMS = Integer.getInteger("benchmark.claims", 1_000_000);
    private static final FederalFiscalPeriod YEAR = new FederalFiscalPeriod(2027, null);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VocaQueries queries;
    @Autowired
    JobLauncher launcher;
    @Autowired
    @Qualifier(VocaReportJobConfiguration.JOB_NAME)
    Job job;

    @Test
    void annualReportOverAMillionClaims() throws Exception {
        generate();

        queries.compute(YEAR, ZoneOffset.UTC); // warm the caches once, for both sides alike
        long start = System.nanoTime();
        VocaFigures baselineFigures = queries.compute(YEAR, ZoneOffset.UTC);
        long baselineNanos = System.nanoTime() - start;

        UUID id = UUID.randomUUID();
        jdbc.sql("insert into voca_report (id, fiscal_year, requested_by, requested_at) values (?, 2027, 'benchmark', now())")
                .param(id).update();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        start = System.nanoTime();
        JobExecution execution = launcher.run(job, new JobParametersBuilder().addString("reportId", id.toString())
                .addLong("fiscalYear", 2027L).addLong("quarter", 0L).toJobParameters());
        long jobNanos = System.nanoTime() - start;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(baselineFigures.applications().received()).isEqualTo(CLAIMS);
        System.out.printf("%nVOCA REPORT BENCHMARK (annual, %,d claims, %,d expense lines, %,d payments)%n",
                CLAIMS, 3L * CLAIMS, 3L * CLAIMS);
        System.out.printf("  baseline (the job's SQL queries alone): %8.1f s%n", baselineNanos / 1e9);
        System.out.printf("  report job (queries, check, workbook):  %8.1f s%n", jobNanos / 1e9);
        System.out.printf("  ratio job / baseline:                   %8.2f%n", (double) jobNanos / baselineNanos);
        System.out.printf("  peak heap used during the job:          %8.0f MB (max heap %d MB)%n%n",
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    }

    /**
     * Claims spread over FY2027 across crime types and sub-types, flags, ages and decisions, about 9
     * victims for every 10 claims (a tenth are a second claim about the same person); three expenses and
     * payments each.
     */
    private void generate() {
        // The benchmark database is the benchmarks' own.
        jdbc.sql("truncate claim cascade").update();
        jdbc.sql("""
                        insert into claim (id, reference, access_code_hash, status, applicant_role, preferred_language, crime_type,
                          crime_occurred_on, crime_state, crime_flags, reported_to_police, verification_source,
                          emergency_award_requested, advocate_involved, victim_age_band, gender_identity, race_ethnicity,
                          safe_to_mail, safe_to_phone, safe_to_leave_voicemail, safe_to_email, within_filing_window,
                          possible_duplicate, applicant_lookup_hash, submitted_at, decided_at, decision_outcome, closed_at,
                          crime_subtype, victim_key)
                        select gen_random_uuid(), 'VC-BENCH-' || g, 'x',
                          case when g % 10 < 6 then 'APPROVED' when g % 10 < 8 then 'DENIED' when g % 10 = 8 then 'IN_REVIEW' else 'WITHDRAWN' end,
                          'VICTIM', 'en',
                          (array['ASSAULT','HOMICIDE','SEXUAL_ASSAULT','CHILD_ABUSE','DUI_DWI','OTHER_VEHICULAR','STALKING',
                                 'ROBBERY','TERRORISM','KIDNAPPING','ARSON','HUMAN_TRAFFICKING','OTHER'])[g % 13 + 1],
                          date '2026-09-01', 'CA',
                          case when g % 4 = 0 then array['DOMESTIC_OR_FAMILY_VIOLENCE'] else array[]::text[] end,
                          null, case when g % 50 = 0 then 'FORENSIC_EXAM' else 'VICTIM_ADVOCATE' end, false, false,
                          (array['AGE_0_12','AGE_13_17','AGE_18_24','AGE_25_59','AGE_60_PLUS','UNKNOWN'])[g % 6 + 1],
                          case when g % 3 = 0 then null else (array['WOMAN','MAN','NON_BINARY'])[g % 3 + 1] end,
                          case when g % 5 = 0 then array[]::text[] else array[(array['BLACK_AFRICAN_AMERICAN','WHITE',
                            'HISPANIC_LATINO','ASIAN','AMERICAN_INDIAN_ALASKA_NATIVE'])[g % 5 + 1]] end,
                          false, true, false, true, true, false, md5(g::text),
                          timestamptz '2026-10-01 00:00+00' + (g % 360) * interval '1 day' + (g % 86400) * interval '1 second',
                          case when g % 10 < 8 then timestamptz '2026-10-01 00:00+00' + (g % 360 + g % 40) * interval '1 day' end,
                          case when g % 10 < 6 then 'APPROVED' when g % 10 < 8 then 'DENIED' end,
                          case when g % 10 = 9 then timestamptz '2026-10-01 00:00+00' + (g % 360 + 5) * interval '1 day' end,
                          case when g % 13 = 3 then (array['CHILD_SEXUAL_ABUSE', 'CHILD_PHYSICAL_ABUSE', null])[g % 3 + 1]
                               when g % 13 = 11 then (array['SEX_TRAFFICKING', 'LABOR_TRAFFICKING', null])[g % 3 + 1] end,
                          md5('victim' || (g % (:claims / 10 * 9))::text)
                        from generate_series(1, :claims) as g""")
                .param("claims", CLAIMS).update();
        jdbc.sql("""
                        insert into expense (claim_id, line_no, category, amount, payee)
                        select c.id, n, (array['MEDICAL_DENTAL','MENTAL_HEALTH','FUNERAL_BURIAL','LOST_WAGES','LOSS_OF_SUPPORT',
                                               'CRIME_SCENE_CLEANUP','RELOCATION','TRANSPORTATION','FORENSIC_EXAM',
                                               'RESIDENTIAL_SECURITY','CHILD_CARE','PROPERTY_DAMAGE','OTHER'])[(h + n) % 13 + 1],
                          ((h + n) % 4000 + 10)::numeric(12, 2), 'PROVIDER'
                        from (select id, abs(hashtext(reference)) as h from claim) c, generate_series(1, 3) as n""").update();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at, issued_at, settled_at, value_date,
                          returned_at, returned_on, reissue_opened)
                        select gen_random_uuid(), 'PAY-BENCH-' || e.line_no || '-' || c.reference, c.id, 'FINAL', e.category, e.amount,
                          'PROVIDER', 'bench:none', 'ACH', case when e.line_no = 3 then 'VOCA_GRANT' else 'STATE' end,
                          e.category = 'PROPERTY_DAMAGE', case when r.returned then 'RETURNED' else 'SETTLED' end,
                          c.submitted_at, c.submitted_at, c.submitted_at + interval '21 days', (c.submitted_at + interval '20 days')::date,
                          case when r.returned then c.submitted_at + interval '50 days' end,
                          case when r.returned then (c.submitted_at + interval '49 days')::date end, true
                        from claim c join expense e on e.claim_id = c.id, lateral (select abs(hashtext(c.reference)) % 100 = 0 as returned) r""").update();
        jdbc.sql("""
                        insert into claim_decision (claim_id, outcome, decided_at)
                        select id, decision_outcome, decided_at from claim where decided_at is not null""").update();
        jdbc.sql("analyze").update();
    }
}
