package org.victimcompensation.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.batch.reporting.VocaReportRecords;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VOCA report on a fixed set of claims in federal fiscal year 2019 (a year no other test
 * touches): every figure in the workbook is checked against values worked out by hand below, and no
 * cell holds personal data.
 */
class VocaReportApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VocaReportRecords records;
    @Autowired
    VocaReports reports;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    private final List<String> personalValues = new ArrayList<>();

    /*
     * The fixture, in the program's zone (the demo's America/Los_Angeles; every time below is 12:00 UTC,
     * the same calendar day there). Fiscal year 2019 runs from 1 October 2018 to 30 September 2019.
     *
     * Q1 (October to December 2018):
     *   A assault, DV, woman, Hispanic or Latino: received 15 Oct, approved 14 Nov (30 days); paid 1,000.00
     *     medical on 1 Dec (and 500.00 relocation on 10 Jan, Q2).
     *   B homicide of a child (0-12): received 1 Nov, approved 21 Nov (20 days); emergency award 2,000.00 on
     *     5 Nov; paid 5,000.00 funeral on 15 Dec; a 1,000.00 funeral payment was returned before it ever
     *     settled (never paid: no figure).
     *   C sexual assault with forensic-exam costs: received 1 Dec, denied 11 Dec (10 days).
     *   D robbery, received 20 Dec, never decided. E assault, received 20 Oct, withdrawn 30 Nov.
     *   G robbery: received 5 Oct, approved 25 Oct (20 days); paid 15 Nov 300.00 property damage (state)
     *     and 700.00 lost wages (issued under a rule charging the VOCA grant, award 2017-V7-GX-0555).
     * Q2: F assault received 1 Feb; A's 500.00 relocation paid 10 Jan, issued as state funds and re-charged
     *   by program staff to the VOCA grant, award 2018-V7-GX-0001, when the federal report was reconciled.
     * Q3 (April to June 2019), crime sub-types and victims as people:
     *   K child sexual abuse of Anaya Twinfield (born 1 Jun 2020, 0-12), filed by a parent, reporting White: received
     *     2 Apr, approved 22 Apr (20 days); 600.00 mental health paid 15 May.
     *   L child sexual abuse of the same Anaya Twinfield, filed by the other parent, reporting Black or African American:
     *     received 10 Apr, pending. One victim with K: counted once, as her latest claim (L) describes her.
     *   M child physical abuse of Evangelina Twinfield, Anaya's twin (same last name and birth date, another person):
     *     received 3 Apr, approved 23 Apr (20 days); 250.00 medical paid 20 May.
     *   N child abuse of Noam Brightwater (born 1 Jan 2021), no sub-type given: received 1 May, pending.
     *   O labor trafficking, the applicant is the victim (25-59), a man reporting Hispanic or Latino and White:
     *     received 5 May, approved 25 May (20 days); 1,500.00 lost wages paid 10 Jun.
     *   P sex trafficking, the applicant is the victim (25-59), a woman: received 6 May, pending.
     * Q4 (July to September 2019), across the year's end:
     *   H assault: received 10 Jul, approved 1 Aug (22 days); 800.00 medical bank-dated 30 Sep (value
     *     date), the bank file uploaded on 2 Oct: paid in FY2019, not FY2020.
     *   I robbery: received 5 Jul, approved 25 Jul (20 days); 400.00 relocation paid 15 Aug, returned by
     *     the bank on 20 Oct (booked 21 Oct): paid in Q4, a -400.00 adjustment in FY2020 Q1.
     *   J sexual assault with forensic-exam costs, reporting two races (White, Asian): received 1 Aug,
     *     denied 21 Aug (20 days), reopened on appeal 5 Oct and approved 15 Oct (75 days from receipt).
     */
    @BeforeEach
    void fixtureClaimsInFiscalYear2019() {
        removeEarlierFixture();
        UUID a = claim("A", "ASSAULT", true, null, "2018-10-15", "APPROVED", "2018-11-14", null, "WOMAN", "HISPANIC_LATINO");
        payment(a, "MEDICAL_DENTAL", "1000.00", "STATE", false, "2018-12-01", "2018-12-02");
        UUID relocation = payment(a, "RELOCATION", "500.00", "STATE", false, "2019-01-10", "2019-01-11");
        UUID b = claim("B", "HOMICIDE", false, "2018-01-01", "2018-11-01", "APPROVED", "2018-11-21", null, null, null);
        payment(b, "FUNERAL_BURIAL", "5000.00", "STATE", false, "2018-12-15", "2018-12-16");
        returned(payment(b, "FUNERAL_BURIAL", "1000.00", "STATE", false, null, null), "2018-12-16");
        jdbc.sql("insert into emergency_decision (claim_id, approved, category, amount, decided_by, decided_at) "
                + "values (?, true, 'FUNERAL_BURIAL', 2000.00, 'casey', '2018-11-05T12:00:00Z')").param(b).update();
        UUID c = claim("C", "SEXUAL_ASSAULT", false, null, "2018-12-01", "DENIED", "2018-12-11", null,
                "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY");
        forensicExamCosts(c);
        claim("D", "ROBBERY", false, null, "2018-12-20", null, null, null, null, null);
        claim("E", "ASSAULT", false, null, "2018-10-20", null, null, "2018-11-30", null, null);
        claim("F", "ASSAULT", false, null, "2019-02-01", null, null, null, null, null);
        UUID g = claim("G", "ROBBERY", false, null, "2018-10-05", "APPROVED", "2018-10-25", null, null, null);
        payment(g, "PROPERTY_DAMAGE", "300.00", "STATE", true, "2018-11-15", "2018-11-16");
        UUID wages = payment(g, "LOST_WAGES", "700.00", "VOCA_GRANT", false, "2018-11-15", "2018-11-16");
        jdbc.sql("update payment set grant_award = '2017-V7-GX-0555' where id = ?").param(wages).update();
        UUID k = store("K", child("CHILD_SEXUAL_ABUSE", "Anaya", "2020-06-01", null, "WHITE"), "2019-04-02", "APPROVED", "2019-04-22", null);
        payment(k, "MENTAL_HEALTH", "600.00", "STATE", false, "2019-05-15", "2019-05-16");
        store("L", child("CHILD_SEXUAL_ABUSE", "Anaya", "2020-06-01", null, "BLACK_AFRICAN_AMERICAN"), "2019-04-10", null, null, null);
        UUID m = store("M", child("CHILD_PHYSICAL_ABUSE", "Evangelina", "2020-06-01", null), "2019-04-03", "APPROVED", "2019-04-23", null);
        payment(m, "MEDICAL_DENTAL", "250.00", "STATE", false, "2019-05-20", "2019-05-21");
        store("N", child(null, "Noam", "2021-01-01", "Brightwater"), "2019-05-01", null, null, null);
        UUID o = store("O", survivor("HUMAN_TRAFFICKING", "LABOR_TRAFFICKING", "MAN", "HISPANIC_LATINO", "WHITE"), "2019-05-05",
                "APPROVED", "2019-05-25", null);
        payment(o, "LOST_WAGES", "1500.00", "STATE", false, "2019-06-10", "2019-06-11");
        store("P", survivor("HUMAN_TRAFFICKING", "SEX_TRAFFICKING", "WOMAN"), "2019-05-06", null, null, null);
        UUID h = claim("H", "ASSAULT", false, null, "2019-07-10", "APPROVED", "2019-08-01", null, null, null);
        payment(h, "MEDICAL_DENTAL", "800.00", "STATE", false, "2019-09-30", "2019-10-02");
        UUID i = claim("I", "ROBBERY", false, null, "2019-07-05", "APPROVED", "2019-07-25", null, null, null);
        returned(payment(i, "RELOCATION", "400.00", "STATE", false, "2019-08-15", "2019-08-16"), "2019-10-20");
        UUID j = claim("J", "SEXUAL_ASSAULT", false, null, "2019-08-01", null, null, null, null, "WHITE", "ASIAN");
        forensicExamCosts(j);
        decision(j, "DENIED", "2019-08-21", "2019-10-05");
        decision(j, "APPROVED", "2019-10-15", null);
        jdbc.sql("update claim set status = 'APPROVED', decision_outcome = 'APPROVED', decided_at = '2019-10-15T12:00:00Z' "
                + "where id = ?").param(j).update();
        String relocationReference = jdbc.sql("select reference from payment where id = ?").param(relocation)
                .query(String.class).single();
        Response recharged = postJson("pat", "/api/v1/staff/payments/" + relocationReference + "/fund-source",
                Map.of("fundSource", "VOCA_GRANT", "grantAward", "2018-V7-GX-0001", "reason", "FFR reconciliation, FY2019 Q2"));
        assertThat(recharged.status()).as(recharged.body()).isEqualTo(200);
        assertThat(postJson("pat", "/api/v1/staff/revenue", Map.of("fiscalYear", 2019, "source", "Court fines and fees",
                "amount", "100000.00")).status()).isEqualTo(201);
        assertThat(postJson("pat", "/api/v1/staff/revenue", Map.of("fiscalYear", 2019, "source", "State general fund",
                "amount", "250000.00")).status()).isEqualTo(201);
        String claimA = jdbc.sql("select reference from claim where id = ?").param(a).query(String.class).single();
        assertThat(postJson("pat", "/api/v1/staff/recoveries", Map.of("claimReference", claimA, "kind", "RESTITUTION",
                "amount", "150.00", "receivedOn", "2019-03-01")).status()).isEqualTo(201);
    }

    @Test
    void theQuarterlyReportHasEveryFigureRight() throws Exception {
        JsonNode report = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 1));
        assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.get("period").asText()).isEqualTo("FY2019 Q1 (October 1, 2018 to December 31, 2018)");

        try (XSSFWorkbook workbook = download(report.get("id").asText())) {
            assertThat(sheetNames(workbook)).containsExactly("Cover", "Applications", "Paid by crime type",
                    "Paid by expense category", "Victims");
            assertThat(text(workbook.getSheet("Cover"), "Period")).isEqualTo("FY2019 Q1 (October 1, 2018 to December 31, 2018)");
            assertThat(text(workbook.getSheet("Cover"), "Data as of")).endsWith("UTC");
            assertThat(text(workbook.getSheet("Cover"), "Copy")).contains("PMT").contains("every count");

            Sheet applications = workbook.getSheet("Applications");
            assertThat(applications.getPaneInformation().isFreezePane()).isTrue();
            assertThat(number(applications, "Applications received", 1)).isEqualTo(6);
            assertThat(number(applications, "Victims with applications received (people)", 1)).isEqualTo(6); // six people
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(3);
            assertThat(number(applications, "Applications denied", 1)).isEqualTo(1);
            assertThat(number(applications, "Applications closed without a decision", 1)).isEqualTo(1);
            assertThat(number(applications, "Applications denied or closed", 1)).isEqualTo(2); // C denied, E withdrawn
            assertThat(number(applications, "Denied: Not a covered crime", 1)).isEqualTo(1); // C
            assertThat(number(applications, "Denied: Contributory conduct", 1)).isZero();
            assertThat(number(applications, "Applications pending at period end", 1)).isEqualTo(1);
            assertThat(number(applications, "Forensic-exam (SAFE) applications received", 1)).isEqualTo(1);
            assertThat(number(applications, "Emergency awards approved", 1)).isEqualTo(1);
            assertThat(number(applications, "Emergency award amount", 1)).isEqualTo(2000.00);
            assertThat(number(applications, "Average days from receipt to decision", 1)).isEqualTo(20.0);
            assertThat(number(applications, "Median days from receipt to decision", 1)).isEqualTo(20.0);
            assertThat(row(applications, "Emergency award amount").getCell(1).getCellStyle().getDataFormatString()).contains("$");

            Sheet crime = workbook.getSheet("Paid by crime type");
            assertThat(numbers(crime, "Assault")).containsExactly(1.0, 1000.0, 1.0, 1000.0);
            assertThat(numbers(crime, "Homicide")).containsExactly(1.0, 5000.0, 0.0, 0.0);
            assertThat(numbers(crime, "Robbery")).containsExactly(1.0, 1000.0, 0.0, 0.0);
            assertThat(numbers(crime, "Total")).containsExactly(3.0, 7000.0, 1.0, 1000.0);

            Sheet category = workbook.getSheet("Paid by expense category");
            assertThat(numbers(category, "Funeral burial")).containsExactly(1.0, 5000.0);
            assertThat(numbers(category, "Lost wages")).containsExactly(1.0, 700.0);
            assertThat(numbers(category, "Medical dental")).containsExactly(1.0, 1000.0);
            assertThat(numbers(category, "Property damage")).containsExactly(1.0, 300.0);
            assertThat(numbers(category, "Total")).containsExactly(4.0, 7000.0);
            assertThat(numbers(category, "Economic support (lost wages and loss of support)")).containsExactly(1.0, 700.0);

            Sheet victims = workbook.getSheet("Victims");
            assertThat(count(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(6);
            assertThat(paid(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(3); // A B G
            // received: A (DV); paid: A's medical on 1 Dec
            assertThat(count(victims, "Victimization (claims)", "Domestic or family violence")).isEqualTo(1);
            assertThat(paid(victims, "Victimization (claims)", "Domestic or family violence")).isEqualTo(1);
            // received A E (assault), B (homicide), C (sexual assault), D G (robbery); paid A, B, G
            assertThat(count(victims, "Crime type (claims)", "Assault")).isEqualTo(2);
            assertThat(paid(victims, "Crime type (claims)", "Assault")).isEqualTo(1);
            assertThat(count(victims, "Crime type (claims)", "Sexual assault")).isEqualTo(1);
            assertThat(paid(victims, "Crime type (claims)", "Sexual assault")).isZero();
            assertThat(count(victims, "Crime type (claims)", "Robbery")).isEqualTo(2);
            assertThat(paid(victims, "Crime type (claims)", "Robbery")).isEqualTo(1);
            assertThat(paid(victims, "Crime type (claims)", "Homicide")).isEqualTo(1);
            assertThat(count(victims, "Age at the crime (victims)", "0-12")).isEqualTo(1);
            assertThat(count(victims, "Age at the crime (victims)", "25-59")).isEqualTo(5);
            assertThat(labels(victims, "Gender identity (victims)")).containsExactly("Woman", "Man", "Transgender", "Non-binary",
                    "Another gender identity", "Not reported");
            assertThat(count(victims, "Gender identity (victims)", "Woman")).isEqualTo(1);
            assertThat(count(victims, "Gender identity (victims)", "Man")).isZero();
            assertThat(count(victims, "Gender identity (victims)", "Not reported")).isEqualTo(5);
            assertThat(labels(victims, "Race/ethnicity (victims)")).containsExactly("American Indian or Alaska Native", "Asian",
                    "Black or African American", "Hispanic or Latino", "Native Hawaiian or Other Pacific Islander", "White",
                    "Another race or ethnicity", "Multiple races", "Not reported");
            assertThat(count(victims, "Race/ethnicity (victims)", "Hispanic or Latino")).isEqualTo(1);
            assertThat(count(victims, "Race/ethnicity (victims)", "White")).isZero();
            assertThat(count(victims, "Race/ethnicity (victims)", "Not reported")).isEqualTo(5);

            assertNoPersonalData(workbook);
        }

        // The publication copy (suppress-below 3 in the test profile) leaves counts 1 and 2 blank; zeros and 3+ stay.
        try (XSSFWorkbook publication = download(report.get("id").asText(), "publication")) {
            assertThat(text(publication.getSheet("Cover"), "Copy")).isEqualTo("For publication");
            assertThat(text(publication.getSheet("Cover"), "Small counts")).startsWith("Counts from 1 to 2 are left blank");
            Sheet applications = publication.getSheet("Applications");
            assertThat(number(applications, "Applications received", 1)).isEqualTo(6);
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(3);
            assertThat(row(applications, "Applications denied").getCell(1)).isNull();
            assertThat(row(applications, "Applications denied or closed").getCell(1)).isNull();
            assertThat(number(applications, "Denied: Contributory conduct", 1)).isZero();
            // one emergency award: its amount (2,000.00, near the 2,500.00 cap) would tell, so it is blank too
            assertThat(row(applications, "Emergency awards approved").getCell(1)).isNull();
            assertThat(row(applications, "Emergency award amount").getCell(1)).isNull();
            // one homicide claim paid 5,000.00: count and amount blank; the total stays as counted
            Sheet crime = publication.getSheet("Paid by crime type");
            assertThat(row(crime, "Homicide").getCell(1)).isNull();
            assertThat(row(crime, "Homicide").getCell(2)).isNull();
            assertThat(number(crime, "Total", 1)).isEqualTo(3.0);
            assertThat(number(crime, "Total", 2)).isEqualTo(7000.0);
            assertThat(row(crime, "Total").getCell(3)).isNull(); // one DV claim
            assertThat(row(crime, "Total").getCell(4)).isNull();
            Sheet category = publication.getSheet("Paid by expense category");
            assertThat(numbers(category, "Total")).containsExactly(4.0, 7000.0);
            assertThat(row(category, "Funeral burial").getCell(2)).isNull();
            assertNoPersonalData(publication);
        }
        assertThat(get("pat", "/api/v1/staff/reports/voca/" + report.get("id").asText() + "/file?copy=other").status())
                .isEqualTo(400);
    }

    @Test
    void theAnnualReportAddsTheStateCertification() throws Exception {
        JsonNode report = requestAndWait(Map.of("fiscalYear", 2019));
        try (XSSFWorkbook workbook = download(report.get("id").asText())) {
            assertThat(sheetNames(workbook)).contains("State certification", "Year from submitted quarters");
            Sheet applications = workbook.getSheet("Applications");
            // A B C D E G (Q1) + F (Q2) + K L M N O P (Q3) + H I J (Q4)
            assertThat(number(applications, "Applications received", 1)).isEqualTo(16);
            // 16 claims about 15 people: K and L are both about Anaya
            assertThat(number(applications, "Victims with applications received (people)", 1)).isEqualTo(15);
            // A B G + K M O + H I; J's approval (15 Oct) is FY2020
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(8);
            // C, and J's first denial, which the appeal later reopened
            assertThat(number(applications, "Applications denied", 1)).isEqualTo(2);
            // D F L N P; J has a denial standing on 30 September
            assertThat(number(applications, "Applications pending at period end", 1)).isEqualTo(5);
            assertThat(number(applications, "Forensic-exam (SAFE) applications received", 1)).isEqualTo(2);
            Sheet victims = workbook.getSheet("Victims");
            // paid: A B G (Q1), H I (Q4), K M O (Q3): eight claims, eight people
            assertThat(count(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(15);
            assertThat(paid(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(8);
            Sheet certification = workbook.getSheet("State certification");
            // 7,000.00 (Q1) + 500.00 (Q2) + 2,350.00 (Q3) + 800.00 (H, bank-dated 30 Sep) + 400.00 (I, returned only in FY2020)
            assertThat(number(certification, "Total paid to or on behalf of victims, all sources", 1)).isEqualTo(11050.00);
            // G's 700.00 issued to the grant + A's 500.00 re-charged to it; nothing from other federal funds
            assertThat(number(certification, "Less: paid from federal funds (VOCA grant and other federal)", 1)).isEqualTo(1200.00);
            assertThat(number(certification, "    of which the VOCA grant", 1)).isEqualTo(1200.00);
            assertThat(number(certification, "    of which other federal funds", 1)).isEqualTo(0.00);
            assertThat(number(certification, "VOCA_GRANT 2017-V7-GX-0555", 1)).isEqualTo(700.00);
            assertThat(number(certification, "VOCA_GRANT 2018-V7-GX-0001", 1)).isEqualTo(500.00);
            assertThat(number(certification, "Less: property damage paid from state funds", 1)).isEqualTo(300.00);
            // 11,050.00 - 1,200.00 - 300.00
            assertThat(number(certification, "Equals: state-funded payouts", 1)).isEqualTo(9550.00);
            // 9,550.00 x 75%
            assertThat(number(certification, "Estimated federal grant (75% of state-funded payouts)", 1)).isEqualTo(7162.50);
            // payouts of FY2019 set the FY2021 grant, reduced pro rata if the Fund falls short
            assertThat(text(certification, "Grant this certification feeds")).startsWith("FY2021 ");
            assertThat(text(certification, "Caveat")).contains("20102(a)(2)");
            assertThat(number(certification, "Court fines and fees", 1)).isEqualTo(100000.00);
            assertThat(number(certification, "State general fund", 1)).isEqualTo(250000.00);
            assertThat(number(certification, "Restitution", 1)).isEqualTo(150.00);
            assertThat(number(certification, "Subrogation", 1)).isEqualTo(0.00);
            assertNoPersonalData(workbook);
        }
        assertThat(report.get("figures").get("certification").get("stateFundedPayouts").decimalValue())
                .isEqualByComparingTo("9550.00");
        try (XSSFWorkbook publication = download(report.get("id").asText(), "publication")) {
            assertThat(sheetNames(publication)).contains("State certification").doesNotContain("Year from submitted quarters");
        }
    }

    @Test
    void crimeSubTypesAreCountedApartAndVictimsAsPeople() throws Exception {
        JsonNode q3 = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 3));
        try (XSSFWorkbook workbook = download(q3.get("id").asText())) {
            Sheet applications = workbook.getSheet("Applications");
            assertThat(number(applications, "Applications received", 1)).isEqualTo(6); // K L M N O P
            // K and L are both about Anaya; her twin Evangelina (same last name and birth date) is another person
            assertThat(number(applications, "Victims with applications received (people)", 1)).isEqualTo(5);
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(3); // K M O
            assertThat(number(applications, "Applications pending at period end", 1)).isEqualTo(5); // D F L N P
            assertThat(number(applications, "Average days from receipt to decision", 1)).isEqualTo(20.0); // 20, 20, 20

            Sheet crime = workbook.getSheet("Paid by crime type");
            assertThat(numbers(crime, "Child sexual abuse/assault")).containsExactly(1.0, 600.0, 0.0, 0.0); // K
            assertThat(numbers(crime, "Child physical abuse or neglect")).containsExactly(1.0, 250.0, 0.0, 0.0); // M
            assertThat(numbers(crime, "Human trafficking: labor")).containsExactly(1.0, 1500.0, 0.0, 0.0); // O
            assertThat(numbers(crime, "Total")).containsExactly(3.0, 2350.0, 0.0, 0.0);
            assertThat(labels(crime)).doesNotContain("Child abuse", "Human trafficking");
            assertThat(numbers(workbook.getSheet("Paid by expense category"), "Economic support (lost wages and loss of support)"))
                    .containsExactly(1.0, 1500.0);

            Sheet victims = workbook.getSheet("Victims");
            assertThat(count(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(5);
            assertThat(paid(victims, "Victims (people)", "Each victim once, however many claims")).isEqualTo(3); // K's, M's, O's
            assertThat(labels(victims, "Crime type (claims)")).containsExactly("Child abuse: sub-type not specified",
                    "Child physical abuse or neglect", "Child sexual abuse/assault", "Human trafficking: labor",
                    "Human trafficking: sex");
            assertThat(count(victims, "Crime type (claims)", "Child sexual abuse/assault")).isEqualTo(2); // K L: claims
            assertThat(paid(victims, "Crime type (claims)", "Child sexual abuse/assault")).isEqualTo(1);
            assertThat(count(victims, "Crime type (claims)", "Child physical abuse or neglect")).isEqualTo(1);
            assertThat(count(victims, "Crime type (claims)", "Child abuse: sub-type not specified")).isEqualTo(1); // N
            assertThat(paid(victims, "Crime type (claims)", "Child abuse: sub-type not specified")).isZero();
            assertThat(count(victims, "Crime type (claims)", "Human trafficking: sex")).isEqualTo(1); // P
            assertThat(paid(victims, "Crime type (claims)", "Human trafficking: sex")).isZero();
            assertThat(paid(victims, "Crime type (claims)", "Human trafficking: labor")).isEqualTo(1);
            // people: Anaya, Evangelina, Noam (0-12); O and P (25-59)
            assertThat(count(victims, "Age at the crime (victims)", "0-12")).isEqualTo(3);
            assertThat(count(victims, "Age at the crime (victims)", "25-59")).isEqualTo(2);
            assertThat(count(victims, "Gender identity (victims)", "Man")).isEqualTo(1); // O
            assertThat(count(victims, "Gender identity (victims)", "Woman")).isEqualTo(1); // P
            assertThat(count(victims, "Gender identity (victims)", "Not reported")).isEqualTo(3);
            // Anaya as her latest claim (L) describes her: Black, not White; O reported two: Multiple races
            assertThat(count(victims, "Race/ethnicity (victims)", "Black or African American")).isEqualTo(1);
            assertThat(count(victims, "Race/ethnicity (victims)", "White")).isZero();
            assertThat(count(victims, "Race/ethnicity (victims)", "Multiple races")).isEqualTo(1);
            assertThat(count(victims, "Race/ethnicity (victims)", "Not reported")).isEqualTo(3); // Evangelina, Noam, P
            assertNoPersonalData(workbook);
        }
        try (XSSFWorkbook publication = download(q3.get("id").asText(), "publication")) {
            Sheet crime = publication.getSheet("Paid by crime type");
            // one claim each: counts and their amounts blank; the three together as counted
            assertThat(row(crime, "Human trafficking: labor").getCell(1)).isNull();
            assertThat(row(crime, "Human trafficking: labor").getCell(2)).isNull();
            assertThat(number(crime, "Total", 1)).isEqualTo(3.0);
            assertThat(number(crime, "Total", 2)).isEqualTo(2350.0);
            assertThat(row(publication.getSheet("Paid by expense category"), "Economic support (lost wages and loss of support)")
                    .getCell(2)).isNull();
        }
    }

    @Test
    void aSubTypeBelongsToItsCrimeType() {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("type", "ASSAULT").put("subType", "SEX_TRAFFICKING");
        Response refused = postJson("/api/v1/claims", write(body));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("crime.subType");
        ((ObjectNode) body.get("crime")).put("subType", "CHILD_OF_NOBODY");
        assertThat(postJson("/api/v1/claims", write(body)).status()).isEqualTo(400);
    }

    @Test
    void theQuarterAcrossTheYearsEndCountsByValueDateAndDatedDecisions() throws Exception {
        JsonNode q4 = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 4));
        try (XSSFWorkbook workbook = download(q4.get("id").asText())) {
            Sheet applications = workbook.getSheet("Applications");
            assertThat(number(applications, "Applications received", 1)).isEqualTo(3); // H I J
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(2); // H I
            assertThat(number(applications, "Applications denied", 1)).isEqualTo(1); // J, before its appeal
            assertThat(number(applications, "Applications closed without a decision", 1)).isZero();
            assertThat(number(applications, "Applications pending at period end", 1)).isEqualTo(5); // D F L N P
            assertThat(number(applications, "Forensic-exam (SAFE) applications received", 1)).isEqualTo(1); // J
            assertThat(number(applications, "Emergency awards approved", 1)).isZero();
            // calendar days 22 (H), 20 (I), 20 (J): 62 / 3 = 20.67, median 20
            assertThat(number(applications, "Average days from receipt to decision", 1)).isEqualTo(20.7);
            assertThat(number(applications, "Median days from receipt to decision", 1)).isEqualTo(20.0);

            Sheet crime = workbook.getSheet("Paid by crime type");
            assertThat(numbers(crime, "Assault")).containsExactly(1.0, 800.0, 0.0, 0.0); // H, uploaded 2 Oct
            assertThat(numbers(crime, "Robbery")).containsExactly(1.0, 400.0, 0.0, 0.0); // I, returned only in Q1 FY2020
            assertThat(numbers(crime, "Total")).containsExactly(2.0, 1200.0, 0.0, 0.0);
            Sheet category = workbook.getSheet("Paid by expense category");
            assertThat(numbers(category, "Medical dental")).containsExactly(1.0, 800.0);
            assertThat(numbers(category, "Relocation")).containsExactly(1.0, 400.0);
            assertThat(numbers(category, "Paid in the period (bank value date)")).containsExactly(2.0, 1200.0);
            assertThat(numbers(category, "Less: returns booked in the period")).containsExactly(0.0, 0.0);
            assertThat(numbers(category, "Equals: amount paid (net)")).containsExactly(2.0, 1200.0);

            Sheet victims = workbook.getSheet("Victims");
            assertThat(labels(victims, "Race/ethnicity (victims)")).contains("Multiple races");
            assertThat(count(victims, "Race/ethnicity (victims)", "Multiple races")).isEqualTo(1); // J: White and Asian, one victim
            assertThat(count(victims, "Race/ethnicity (victims)", "White")).isZero();
            assertThat(count(victims, "Race/ethnicity (victims)", "Asian")).isZero();
            assertThat(count(victims, "Race/ethnicity (victims)", "Not reported")).isEqualTo(2); // H I
        }

        JsonNode fy2020q1 = requestAndWait(Map.of("fiscalYear", 2020, "quarter", 1));
        try (XSSFWorkbook workbook = download(fy2020q1.get("id").asText())) {
            Sheet applications = workbook.getSheet("Applications");
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(1); // J on appeal
            assertThat(number(applications, "Applications denied", 1)).isZero();
            assertThat(number(applications, "Average days from receipt to decision", 1)).isEqualTo(75.0); // 1 Aug to 15 Oct
            Sheet category = workbook.getSheet("Paid by expense category");
            // nothing paid; I's return is the quarter's adjustment
            assertThat(numbers(category, "Relocation")).containsExactly(0.0, -400.0);
            assertThat(numbers(category, "Paid in the period (bank value date)")).containsExactly(0.0, 0.0);
            assertThat(numbers(category, "Less: returns booked in the period")).containsExactly(1.0, 400.0);
            assertThat(numbers(category, "Equals: amount paid (net)")).containsExactly(0.0, -400.0);
            assertThat(numbers(workbook.getSheet("Paid by crime type"), "Robbery")).containsExactly(0.0, -400.0, 0.0, 0.0);
        }
    }

    @Test
    void aSubmittedQuarterIsFrozenAndTheYearIsTheSumOfItsQuarters() throws Exception {
        JsonNode q4 = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 4));
        String q4Id = q4.get("id").asText();
        Response submitted = postJson("pat", "/api/v1/staff/reports/voca/" + q4Id + "/submission", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("submittedBy").asText()).isEqualTo("pat");
        assertThat(submitted.json().get("submittedAt").isNull()).isFalse();
        assertThat(postJson("pat", "/api/v1/staff/reports/voca/" + q4Id + "/submission", "").status()).isEqualTo(409);
        assertThat(postJson("casey", "/api/v1/staff/reports/voca/" + q4Id + "/submission", "").status()).isEqualTo(403);
        assertThat(postJson("pat", "/api/v1/staff/reports/voca/" + UUID.randomUUID() + "/submission", "").status()).isEqualTo(404);
        JsonNode rerunBeforeSubmitting = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 4));
        assertThat(postJson("pat", "/api/v1/staff/reports/voca/" + rerunBeforeSubmitting.get("id").asText() + "/submission", "")
                .status()).as("one submission per quarter").isEqualTo(409);
        JsonNode annual = requestAndWait(Map.of("fiscalYear", 2019));
        assertThat(postJson("pat", "/api/v1/staff/reports/voca/" + annual.get("id").asText() + "/submission", "").status())
                .as("a year is not submitted").isEqualTo(409);

        // Later events, dated after the quarter: another return on 5 November and a decision in December.
        UUID h = jdbc.sql("select id from claim where reference like 'VC-2019-H%'").query(UUID.class).single();
        returned(jdbc.sql("select id from payment where claim_id = ?").param(h).query(UUID.class).single(), "2019-11-05");
        decision(jdbc.sql("select id from claim where reference like 'VC-2019-F%'").query(UUID.class).single(),
                "DENIED", "2019-12-02", null);
        JsonNode rerun = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 4));
        assertThat(rerun.get("figures")).isEqualTo(q4.get("figures"));
        assertThat(rerun.get("sinceSubmission").get("differences")).isEmpty();

        // A bank file uploaded now with a payment bank-dated inside the submitted quarter: the rerun says so.
        UUID i = jdbc.sql("select id from claim where reference like 'VC-2019-I%'").query(UUID.class).single();
        UUID late = payment(i, "TRANSPORTATION", "120.00", "STATE", false, "2019-09-12", null);
        jdbc.sql("update payment set settled_at = now() + interval '1 second' where id = ?").param(late).update();
        JsonNode changed = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 4));
        JsonNode differences = changed.get("sinceSubmission").get("differences");
        assertThat(differences).hasSize(3);
        assertThat(differences.get(0).get("figure").asText()).isEqualTo("Payments paid");
        assertThat(differences.get(0).get("change").decimalValue()).isEqualByComparingTo("1");
        assertThat(differences.get(1).get("figure").asText()).isEqualTo("Paid in the period (bank value date)");
        assertThat(differences.get(1).get("submitted").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(differences.get(1).get("rerun").decimalValue()).isEqualByComparingTo("1320.00");
        assertThat(differences.get(2).get("figure").asText()).isEqualTo("Amount paid (net)");
        assertThat(changed.get("sinceSubmission").get("reasons").get(0).asText())
                .startsWith("1 payment(s) of 120.00 bank-dated in the period were recorded after the submission");
        try (XSSFWorkbook workbook = download(changed.get("id").asText())) {
            assertThat(numbers(workbook.getSheet("Since submission"), "Amount paid (net)")).containsExactly(1200.0, 1320.0, 120.0);
        }
        jdbc.sql("delete from payment where id = ?").param(late).update();

        // Submit Q1 to Q3 too: the year's PMT view is their sum, and equals the year recomputed.
        for (int quarter = 1; quarter <= 3; quarter++) {
            String id = requestAndWait(Map.of("fiscalYear", 2019, "quarter", quarter)).get("id").asText();
            assertThat(postJson("pat", "/api/v1/staff/reports/voca/" + id + "/submission", "").status()).isEqualTo(200);
        }
        JsonNode year = requestAndWait(Map.of("fiscalYear", 2019));
        for (JsonNode line : year.get("yearFromQuarters")) {
            assertThat(line.get("sumOfQuarters").decimalValue()).as(line.get("figure").asText())
                    .isEqualByComparingTo(line.get("recomputed").decimalValue());
        }
        try (XSSFWorkbook workbook = download(year.get("id").asText())) {
            Sheet sheet = workbook.getSheet("Year from submitted quarters");
            // received 6 + 1 + 6 + 3; paid 7,000.00 + 500.00 + 2,350.00 + 1,200.00 (H's return of 5 Nov is FY2020)
            assertThat(numbers(sheet, "Applications received")).containsExactly(6.0, 1.0, 6.0, 3.0, 16.0, 16.0);
            assertThat(numbers(sheet, "Amount paid (net)")).containsExactly(7000.0, 500.0, 2350.0, 1200.0, 11050.0, 11050.0);
            assertThat(numbers(sheet, "Applications denied")).containsExactly(1.0, 0.0, 0.0, 1.0, 2.0, 2.0);
        }
    }

    @Test
    void theCommandLineProducesTheSameFigures() throws Exception {
        JsonNode viaApi = requestAndWait(Map.of("fiscalYear", 2019, "quarter", 1));
        Path file = new VocaReportCommand(reports, environment, context)
                .produce(new FederalFiscalPeriod(2019, 1), dir.resolve("voca.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(numbers(workbook.getSheet("Paid by crime type"), "Total")).containsExactly(3.0, 7000.0, 1.0, 1000.0);
        }
        UUID latest = jdbc.sql("select id from voca_report where requested_by = 'command-line' order by requested_at desc limit 1")
                .query(UUID.class).single();
        assertThat(reports.report(latest).figures()).isEqualTo(viaApi.get("figures"));
    }

    @Test
    void wrongRequestsAnswer4xx() {
        assertThat(postJson("pat", "/api/v1/staff/reports/voca", Map.of("fiscalYear", 2019, "quarter", 5)).status()).isEqualTo(400);
        assertThat(postJson("pat", "/api/v1/staff/reports/voca", Map.of("quarter", 1)).status()).isEqualTo(400);
        assertThat(postJson("pat", "/api/v1/staff/reports/voca", "{\"fiscalYear\": \"2019\"}").status()).isEqualTo(400);
        assertThat(postJson("casey", "/api/v1/staff/reports/voca", Map.of("fiscalYear", 2019)).status()).isEqualTo(403);
        assertThat(send(request("/api/v1/staff/reports/voca/" + UUID.randomUUID()).GET()).status()).isEqualTo(401);
        assertThat(get("pat", "/api/v1/staff/reports/voca/" + UUID.randomUUID()).status()).isEqualTo(404);

        UUID running = UUID.randomUUID();
        records.open(running, new FederalFiscalPeriod(2019, 1), "pat", Instant.now());
        Response early = get("pat", "/api/v1/staff/reports/voca/" + running + "/file");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
    }

    private JsonNode requestAndWait(Map<String, Object> body) {
        Response requested = postJson("pat", "/api/v1/staff/reports/voca", body);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        String id = requested.json().get("id").asText();
        JsonNode report = eventually("report " + id + " to finish", () -> {
            JsonNode current = get("pat", "/api/v1/staff/reports/voca/" + id).json();
            return current.get("status").asText().equals("RUNNING") ? Optional.empty() : Optional.of(current);
        });
        assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("COMPLETED");
        return report;
    }

    private XSSFWorkbook download(String id) throws Exception {
        return download(id, "pmt");
    }

    private XSSFWorkbook download(String id, String copy) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                as("pat", request("/api/v1/staff/reports/voca/" + id + "/file?copy=" + copy)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private void assertNoPersonalData(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        for (String value : personalValues) {
                            assertThat(cell.getStringCellValue()).doesNotContain(value);
                        }
                    }
                }
            }
        }
    }

    private UUID claim(String tag, String crimeType, boolean domesticViolence, String victimBirthDate, String submitted,
                       String outcome, String decided, String closed, String gender, String... races) {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("type", crimeType);
        if (domesticViolence) {
            ((ObjectNode) body.get("crime")).putArray("flags").add("DOMESTIC_OR_FAMILY_VIOLENCE");
        }
        if (victimBirthDate != null) {
            body.put("applicantRole", "FAMILY_MEMBER");
            body.putObject("victim").put("firstName", "Child" + tag).put("lastName", "Victim" + tag).put("dateOfBirth", victimBirthDate);
        }
        demographics(body, gender, races);
        return store(tag, body, submitted, outcome, decided, closed);
    }

    /** A child-abuse claim filed by a family member about a child of the Twinfield family (or {@code lastName}). */
    private ObjectNode child(String subType, String firstName, String birthDate, String lastName, String... races) {
        ObjectNode body = aClaim();
        ObjectNode crime = (ObjectNode) body.get("crime");
        crime.put("type", "CHILD_ABUSE");
        if (subType != null) {
            crime.put("subType", subType);
        }
        body.put("applicantRole", "FAMILY_MEMBER");
        body.putObject("victim").put("firstName", firstName).put("lastName", lastName == null ? "Twinfield" : lastName)
                .put("dateOfBirth", birthDate);
        personalValues.addAll(List.of(firstName, lastName == null ? "Twinfield" : lastName));
        demographics(body, null, races);
        return body;
    }

    /** A claim filed by the victim, an adult. */
    private ObjectNode survivor(String crimeType, String subType, String gender, String... races) {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("type", crimeType).put("subType", subType);
        demographics(body, gender, races);
        return body;
    }

    private static void demographics(ObjectNode body, String gender, String... races) {
        List<String> reported = races == null ? List.of() : java.util.Arrays.stream(races).filter(java.util.Objects::nonNull).toList();
        if (gender != null || !reported.isEmpty()) {
            ObjectNode demographics = body.putObject("demographics");
            if (gender != null) {
                demographics.put("genderIdentity", gender);
            }
            if (!reported.isEmpty()) {
                var array = demographics.putArray("raceEthnicity");
                reported.forEach(array::add);
            }
        }
    }

    /** Submits the claim through the API, then dates it and its decision as the fixture says. */
    private UUID store(String tag, ObjectNode body, String submitted, String outcome, String decided, String closed) {
        var applicant = body.get("applicant");
        personalValues.addAll(List.of(applicant.get("firstName").asText(), applicant.get("lastName").asText(),
                applicant.get("dateOfBirth").asText(), applicant.get("mailingAddress").get("line1").asText(),
                applicant.get("email").asText()));
        Submitted submittedClaim = submit(body);
        UUID id = jdbc.sql("select id from claim where reference = ?").param(submittedClaim.reference()).query(UUID.class).single();
        String fixtureReference = "VC-2019-" + tag + submittedClaim.reference().substring(9);
        jdbc.sql("""
                        update claim set reference = ?, submitted_at = ?::date + time '12:00', status = ?,
                          decision_outcome = ?, decided_at = ?::date + time '12:00', closed_at = ?::date + time '12:00'
                        where id = ?""")
                .params(fixtureReference, submitted, outcome == null ? (closed == null ? "IN_REVIEW" : "WITHDRAWN") : outcome,
                        outcome, decided, closed, id)
                .update();
        if (outcome != null) {
            decision(id, outcome, decided, null);
        }
        return id;
    }

    private void decision(UUID claimId, String outcome, String decided, String reopened) {
        jdbc.sql("""
                        insert into claim_decision (claim_id, outcome, denial_reason, decided_at, reopened_at)
                        values (?, ?, ?, ?::date + time '12:00', ?::date + time '12:00')""")
                .params(claimId, outcome, outcome.equals("DENIED") ? "NOT_A_COVERED_CRIME" : null, decided, reopened).update();
    }

    private void forensicExamCosts(UUID claimId) {
        jdbc.sql("insert into expense (claim_id, line_no, category, amount, payee) values (?, 99, 'FORENSIC_EXAM', 900.00, 'PROVIDER')")
                .param(claimId).update();
    }

    /** A payment bank-dated {@code valueDate} whose bank file was processed on {@code uploadedOn}; issued only when null. */
    private UUID payment(UUID claimId, String category, String amount, String fund, boolean propertyDamage, String valueDate,
                         String uploadedOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at, issued_at, settled_at, value_date, reissue_opened)
                        values (?, 'PAY-2019' || substr(md5(random()::text), 1, 12), ?, 'FINAL', ?, ?::numeric,
                          'PROVIDER', 'fixture:none', 'ACH', ?, ?, ?, '2018-10-01', '2018-10-01', ?::date + time '12:00', ?::date, true)""")
                .params(id, claimId, category, amount, fund, propertyDamage, valueDate == null ? "ISSUED" : "SETTLED",
                        uploadedOn, valueDate)
                .update();
        return id;
    }

    /** The bank returned it on {@code returnedOn}; the file saying so was processed the day after. */
    private void returned(UUID paymentId, String returnedOn) {
        jdbc.sql("""
                        update payment set status = 'RETURNED', return_code = 'R01', returned_on = ?::date,
                          returned_at = ?::date + time '12:00' + interval '1 day' where id = ?""")
                .params(returnedOn, returnedOn, paymentId).update();
    }

    private void removeEarlierFixture() {
        String fixture = "(select id from claim where reference like 'VC-2019-%')";
        jdbc.sql("delete from payment_fund_change where payment_id in (select id from payment where claim_id in " + fixture + ")")
                .update();
        for (String table : List.of("payment", "emergency_decision", "recovery", "expense", "collateral_source",
                "claim_event", "claim_decision", "claim_personal")) {
            jdbc.sql("delete from " + table + " where claim_id in " + fixture).update();
        }
        jdbc.sql("delete from claim where reference like 'VC-2019-%'").update();
        jdbc.sql("delete from program_revenue where fiscal_year = 2019").update();
        jdbc.sql("delete from voca_report where fiscal_year in (2019, 2020)").update();
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet, String label) {
        return row(sheet, label).getCell(1).getStringCellValue();
    }

    private static double number(Sheet sheet, String label, int column) {
        Cell cell = row(sheet, label).getCell(column);
        assertThat(cell.getCellType()).as(label + " is a number").isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static List<Double> numbers(Sheet sheet, String label) {
        Row row = row(sheet, label);
        List<Double> values = new ArrayList<>();
        for (int i = 1; i < row.getLastCellNum(); i++) {
            assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.NUMERIC);
            values.add(row.getCell(i).getNumericCellValue());
        }
        return values;
    }

    /** The first column's labels, below the header. */
    private static List<String> labels(Sheet sheet) {
        List<String> labels = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null) {
                labels.add(row.getCell(0).getStringCellValue());
            }
        }
        return labels;
    }

    private static List<String> labels(Sheet sheet, String group) {
        List<String> labels = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(group)) {
                labels.add(row.getCell(1).getStringCellValue());
            }
        }
        return labels;
    }

    private static long count(Sheet sheet, String group, String label) {
        return column(sheet, group, label, 2);
    }

    /** The same line among claims paid. */
    private static long paid(Sheet sheet, String group, String label) {
        return column(sheet, group, label, 3);
    }

    private static long column(Sheet sheet, String group, String label, int column) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(group)
                    && row.getCell(1).getStringCellValue().equals(label)) {
                return (long) row.getCell(column).getNumericCellValue();
            }
        }
        throw new AssertionError("no " + group + " / " + label);
    }
}
