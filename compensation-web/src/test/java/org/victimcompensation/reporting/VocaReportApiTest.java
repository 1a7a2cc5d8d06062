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
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
    VocaReports reports;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    private final List<String> personalValues = new ArrayList<>();

    @BeforeEach
    void fixtureClaimsInFiscalYear2019() {
        removeEarlierFixture();
        // A: assault, domestic violence, self-reported gender and race; approved after 30 days; paid in Q1 and Q2.
        UUID a = claim("A", "ASSAULT", true, null, "2018-10-15", "APPROVED", "2018-11-14", null, "WOMAN", "HISPANIC_LATINO");
        payment(a, "MEDICAL_DENTAL", "1000.00", "SETTLED", "2018-12-01", "STATE", false);
        payment(a, "RELOCATION", "500.00", "SETTLED", "2019-01-10", "STATE", false);
        // B: homicide of a child; emergency funeral award; approved after 20 days; one payment came back.
        UUID b = claim("B", "HOMICIDE", false, "2018-01-01", "2018-11-01", "APPROVED", "2018-11-21", null, null, null);
        payment(b, "FUNERAL_BURIAL", "5000.00", "SETTLED", "2018-12-15", "STATE", false);
        payment(b, "FUNERAL_BURIAL", "1000.00", "RETURNED", "2018-12-16", "STATE", false);
        jdbc.sql("insert into emergency_decision (claim_id, approved, category, amount, decided_by, decided_at) "
                + "values (?, true, 'FUNERAL_BURIAL', 2000.00, 'casey', '2018-11-05T12:00:00Z')").param(b).update();
        // C: sexual assault verified by a forensic exam; denied after 10 days; preferred not to say gender and race.
        UUID c = claim("C", "SEXUAL_ASSAULT", false, null, "2018-12-01", "DENIED", "2018-12-11", null,
                "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY");
        jdbc.sql("update claim set verification_source = 'FORENSIC_EXAM' where id = ?").param(c).update();
        // D: pending at the end of Q1. E: withdrawn in Q1. F: received in Q2.
        claim("D", "ROBBERY", false, null, "2018-12-20", null, null, null, null, null);
        claim("E", "ASSAULT", false, null, "2018-10-20", null, null, "2018-11-30", null, null);
        claim("F", "ASSAULT", false, null, "2019-02-01", null, null, null, null, null);
        // G: robbery; property damage from state funds, lost wages charged to the federal grant.
        UUID g = claim("G", "ROBBERY", false, null, "2018-10-05", "APPROVED", "2018-10-25", null, null, null);
        payment(g, "PROPERTY_DAMAGE", "300.00", "SETTLED", "2018-11-15", "STATE", true);
        payment(g, "LOST_WAGES", "700.00", "SETTLED", "2018-11-15", "FEDERAL_VOCA", false);
        jdbc.sql("insert into program_revenue (fiscal_year, source, amount) values (2019, 'Court fines and fees', 100000.00), "
                + "(2019, 'State general fund', 250000.00)").update();
        jdbc.sql("insert into recovery (claim_id, kind, amount, received_on) values (?, 'RESTITUTION', 150.00, '2019-03-01')")
                .param(a).update();
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

            Sheet applications = workbook.getSheet("Applications");
            assertThat(applications.getPaneInformation().isFreezePane()).isTrue();
            assertThat(number(applications, "Applications received", 1)).isEqualTo(6);
            assertThat(number(applications, "Applications approved", 1)).isEqualTo(3);
            assertThat(number(applications, "Applications denied", 1)).isEqualTo(1);
            assertThat(number(applications, "Applications closed without a decision", 1)).isEqualTo(1);
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
            assertThat(count(victims, "Victimization", "Domestic or family violence")).isEqualTo(1);
            assertThat(count(victims, "Age at the crime", "0-12")).isEqualTo(1);
            assertThat(count(victims, "Age at the crime", "25-59")).isEqualTo(5);
            assertThat(labels(victims, "Gender identity")).containsExactly("Woman", "Man", "Transgender", "Non-binary",
                    "Another gender identity", "Not reported");
            assertThat(count(victims, "Gender identity", "Woman")).isEqualTo(1);
            assertThat(count(victims, "Gender identity", "Man")).isZero();
            assertThat(count(victims, "Gender identity", "Not reported")).isEqualTo(5);
            assertThat(labels(victims, "Race/ethnicity")).containsExactly("American Indian or Alaska Native", "Asian",
                    "Black or African American", "Hispanic or Latino", "Native Hawaiian or Other Pacific Islander", "White",
                    "Another race or ethnicity", "Not reported");
            assertThat(count(victims, "Race/ethnicity", "Hispanic or Latino")).isEqualTo(1);
            assertThat(count(victims, "Race/ethnicity", "White")).isZero();
            assertThat(count(victims, "Race/ethnicity", "Not reported")).isEqualTo(5);

            assertNoPersonalData(workbook);
        }
    }

    @Test
    void theAnnualReportAddsTheStateCertification() throws Exception {
        JsonNode report = requestAndWait(Map.of("fiscalYear", 2019));
        try (XSSFWorkbook workbook = download(report.get("id").asText())) {
            assertThat(sheetNames(workbook)).contains("State certification");
            assertThat(number(workbook.getSheet("Applications"), "Applications received", 1)).isEqualTo(7);
            Sheet certification = workbook.getSheet("State certification");
            assertThat(number(certification, "Total paid to or on behalf of victims, all sources", 1)).isEqualTo(7500.00);
            assertThat(number(certification, "Less: paid from federal VOCA funds", 1)).isEqualTo(700.00);
            assertThat(number(certification, "Less: property damage paid from state funds", 1)).isEqualTo(300.00);
            assertThat(number(certification, "Equals: state-funded payouts", 1)).isEqualTo(6500.00);
            assertThat(number(certification, "Estimated federal grant (75% of state-funded payouts)", 1)).isEqualTo(4875.00);
            assertThat(number(certification, "Court fines and fees", 1)).isEqualTo(100000.00);
            assertThat(number(certification, "State general fund", 1)).isEqualTo(250000.00);
            assertThat(number(certification, "Restitution", 1)).isEqualTo(150.00);
            assertThat(number(certification, "Subrogation", 1)).isEqualTo(0.00);
            assertNoPersonalData(workbook);
        }
        assertThat(report.get("figures").get("certification").get("stateFundedPayouts").decimalValue())
                .isEqualByComparingTo("6500.00");
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
        jdbc.sql("insert into voca_report (id, fiscal_year, quarter, status, requested_by, requested_at) "
                + "values (?, 2019, 1, 'RUNNING', 'pat', now())").param(running).update();
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
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                as("pat", request("/api/v1/staff/reports/voca/" + id + "/file")).GET().build(),
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
                       String outcome, String decided, String closed, String gender, String race) {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("crime")).put("type", crimeType);
        if (domesticViolence) {
            ((ObjectNode) body.get("crime")).putArray("flags").add("DOMESTIC_OR_FAMILY_VIOLENCE");
        }
        if (victimBirthDate != null) {
            body.put("applicantRole", "FAMILY_MEMBER");
            body.putObject("victim").put("firstName", "Child" + tag).put("lastName", "Victim" + tag).put("dateOfBirth", victimBirthDate);
        }
        if (gender != null || race != null) {
            ObjectNode demographics = body.putObject("demographics");
            if (gender != null) {
                demographics.put("genderIdentity", gender);
            }
            if (race != null) {
                demographics.putArray("raceEthnicity").add(race);
            }
        }
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
        return id;
    }

    private void payment(UUID claimId, String category, String amount, String status, String settledOn, String fund,
                         boolean propertyDamage) {
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at, issued_at, settled_at, reissue_opened)
                        values (gen_random_uuid(), 'PAY-2019' || substr(md5(random()::text), 1, 12), ?, 'FINAL', ?, ?::numeric,
                          'PROVIDER', 'fixture:none', 'ACH', ?, ?, ?, ?::date, ?::date, ?::date + time '12:00', true)""")
                .params(claimId, category, amount, fund, propertyDamage, status, settledOn, settledOn, settledOn)
                .update();
    }

    private void removeEarlierFixture() {
        String fixture = "(select id from claim where reference like 'VC-2019-%')";
        for (String table : List.of("payment", "emergency_decision", "recovery", "expense", "collateral_source",
                "claim_event", "claim_personal")) {
            jdbc.sql("delete from " + table + " where claim_id in " + fixture).update();
        }
        jdbc.sql("delete from claim where reference like 'VC-2019-%'").update();
        jdbc.sql("delete from program_revenue where fiscal_year = 2019").update();
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
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(group)
                    && row.getCell(1).getStringCellValue().equals(label)) {
                return (long) row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no " + group + " / " + label);
    }
}
