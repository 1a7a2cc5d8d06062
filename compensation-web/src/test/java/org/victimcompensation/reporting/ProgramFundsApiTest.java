package org.victimcompensation.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Program staff record the certification's revenue sources and recoveries through the API; each is audited. */
class ProgramFundsApiTest extends ApiTest {

    private static final int YEAR = 2031; // a fiscal year no other test touches

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheRevenue() {
        jdbc.sql("delete from program_revenue where fiscal_year = ?").param(YEAR).update();
    }

    @Test
    void revenueIsRecordedByYearAndSourceAndASecondAmountReplacesTheFirst() {
        Response created = postJson("pat", "/api/v1/staff/revenue", Map.of("fiscalYear", YEAR, "source", "Court fines and fees",
                "amount", "120000.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("amount").asText()).isEqualTo("120000.00");
        Response replaced = postJson("pat", "/api/v1/staff/revenue", Map.of("fiscalYear", YEAR, "source", "Court fines and fees",
                "amount", "125000.50"));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(jdbc.sql("select amount::text from program_revenue where fiscal_year = ?").param(YEAR).query(String.class).list())
                .containsExactly("125000.50");
        assertThat(jdbc.sql("select detail from audit_entry where action = 'REVENUE_RECORDED' and actor = 'pat' and detail like ?")
                .param("FY" + YEAR + "%").query(String.class).list())
                .contains("FY2031 revenue 'Court fines and fees': 120000.00", "FY2031 revenue 'Court fines and fees': 125000.50 (replaced)");
    }

    @Test
    void wrongRevenueAnswers4xx() {
        String path = "/api/v1/staff/revenue";
        Response number = postJson("pat", path, "{\"fiscalYear\": 2031, \"source\": \"Fines\", \"amount\": 10}");
        assertThat(number.status()).as("money is a decimal string").isEqualTo(400);
        assertThat(number.contentType()).startsWith("application/problem+json");
        assertThat(postJson("pat", path, Map.of("fiscalYear", YEAR, "amount", "10.00")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fiscalYear", YEAR, "source", " ", "amount", "10.00")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fiscalYear", 1999, "source", "Fines", "amount", "10.00")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fiscalYear", YEAR, "source", "Fines", "amount", "-10.00")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fiscalYear", YEAR, "source", "Fines\u202E", "amount", "10.00")).status())
                .isEqualTo(400);
        assertThat(postJson("casey", path, Map.of("fiscalYear", YEAR, "source", "Fines", "amount", "10.00")).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from program_revenue where fiscal_year = ?").param(YEAR).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aRecoveryIsRecordedOnItsClaimAndAudited() {
        Submitted claim = submit(aClaim());
        Response recorded = postJson("pat", "/api/v1/staff/recoveries", Map.of("claimReference", claim.reference(),
                "kind", "SUBROGATION", "amount", "640.25", "receivedOn", "2026-01-15"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("id").asLong()).isPositive();
        assertThat(recorded.json().get("kind").asText()).isEqualTo("SUBROGATION");
        assertThat(jdbc.sql("""
                        select r.kind || ' ' || r.amount || ' ' || r.received_on from recovery r join claim c on c.id = r.claim_id
                        where c.reference = ?""").param(claim.reference()).query(String.class).list())
                .containsExactly("SUBROGATION 640.25 2026-01-15");
        assertThat(jdbc.sql("select actor || ': ' || detail from audit_entry where action = 'RECOVERY_RECORDED' and claim_reference = ?")
                .param(claim.reference()).query(String.class).list())
                .containsExactly("pat: SUBROGATION 640.25 received 2026-01-15");
    }

    @Test
    void wrongRecoveriesAnswer4xx() {
        Submitted claim = submit(aClaim());
        String path = "/api/v1/staff/recoveries";
        Response unknown = postJson("pat", path, Map.of("claimReference", "VC-2026-ZZZZZZZZ", "kind", "RESTITUTION",
                "amount", "10.00", "receivedOn", "2026-01-15"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(postJson("pat", path, Map.of("claimReference", claim.reference(), "kind", "FINE", "amount", "10.00",
                "receivedOn", "2026-01-15")).status()).isEqualTo(400);
        String tomorrow = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2).toString();
        Response future = postJson("pat", path, Map.of("claimReference", claim.reference(), "kind", "RESTITUTION",
                "amount", "10.00", "receivedOn", tomorrow));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("receivedOn");
        assertThat(postJson("pat", path, Map.of("claimReference", claim.reference(), "kind", "RESTITUTION", "amount", "0.00",
                "receivedOn", "2026-01-15")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("claimReference", claim.reference(), "kind", "RESTITUTION", "amount", "10.00",
                "receivedOn", "15/01/2026")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("kind", "RESTITUTION", "amount", "10.00", "receivedOn", "2026-01-15")).status())
                .isEqualTo(400);
        assertThat(postJson("casey", path, Map.of("claimReference", claim.reference(), "kind", "RESTITUTION", "amount", "10.00",
                "receivedOn", "2026-01-15")).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from recovery r join claim c on c.id = r.claim_id where c.reference = ?")
                .param(claim.reference()).query(Integer.class).single()).isZero();
    }
}
