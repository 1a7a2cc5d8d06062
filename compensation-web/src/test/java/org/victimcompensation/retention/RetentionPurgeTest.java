package org.victimcompensation.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.TestClock;
import org.victimcompensation.infra.database.ClusterLock;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims closed for good longer than the retention period (seven years by default) are purged from
 * every table of ours and from the engine's history, once across nodes; recently closed and open
 * claims stay. Claims are made through the API at today's time; the service's clock is then moved
 * nine years ahead, so they have been closed that long.
 */
class RetentionPurgeTest extends ApiTest {

    private static final Duration NINE_YEARS = Duration.ofDays(9 * 366);

    @Autowired
    RetentionPurge purge;

    @Autowired
    TestClock clock;

    @Autowired
    ClusterLock lock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void gatewayAcceptsEverything() {
        gatewayAcceptsEveryPayment();
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aClaimClosedLongAgoIsGoneEverywhereWhileRecentAndOpenClaimsStay() {
        Submitted paid = paidClaimWithEverything();
        Submitted withdrawn = withdrawn(submit(aClaim()));
        Submitted withdrawnRecently = submit(aClaim());
        Submitted open = submit(aClaim());
        awaitWorkItem("casey", open.reference(), "REVIEW");
        Submitted denied = deniedInItsAppealWindow();
        UUID paidId = claimId(paid);
        UUID withdrawnId = claimId(withdrawn);
        List<String> processes = processInstances(paid, withdrawn);
        assertThat(processes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rowsNaming(paidId, paid.reference(), processes)).as("the paid claim's rows before the purge")
                .containsKeys("claim", "claim_personal", "expense", "claim_event", "claim_decision", "emergency_decision",
                        "review", "award", "letter", "claim_document", "claim_note", "claim_assignment", "intake_request",
                        "access_code_failure", "payment", "act_hi_procinst");
        List<UUID> payments = jdbc.sql("select id from payment where claim_id = ?").param(paidId).query(UUID.class).list();
        String paidTotal = jdbc.sql("select sum(amount)::text from payment where claim_id = ?").param(paidId).query(String.class).single();
        long audits = retentionAudits();

        clock.moveAhead(NINE_YEARS);
        withdrawn(withdrawnRecently);
        RetentionPurge.Outcome outcome = purge.purgeNow();

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.purged()).contains(paidId, withdrawnId);
        assertThat(rowsNaming(paidId, paid.reference(), processes)).as("rows left of the paid claim").isEmpty();
        assertThat(rowsNaming(withdrawnId, withdrawn.reference(), processes)).as("rows left of the withdrawn claim").isEmpty();
        assertThat(survivorGet(paid).status()).isEqualTo(404);
        assertThat(get("casey", "/api/v1/staff/claims/" + paid.reference()).status()).isEqualTo(404);

        // What funder reports and the grant's audit count stays, with nothing that names anyone.
        assertThat(jdbc.sql("""
                        select count(*) from payment where id = any(?) and claim_id is null and payee_name_enc is null
                          and status = 'SETTLED' and fund_source is not null and value_date is not null""")
                .param(payments.toArray(UUID[]::new)).query(Integer.class).single()).isEqualTo(payments.size());
        assertThat(jdbc.sql("select sum(amount)::text from payment where id = any(?)").param(payments.toArray(UUID[]::new))
                .query(String.class).single()).isEqualTo(paidTotal);
        assertThat(jdbc.sql("select count(*) from payment_outbox where payment_id = any(?)")
                .param(payments.toArray(UUID[]::new)).query(Integer.class).single()).isZero();

        assertThat(survivorGet(withdrawnRecently).json().get("status").asText())
                .as("withdrawn just now: the survivor may still reopen it").isEqualTo("WITHDRAWN");
        assertThat(survivorGet(open).json().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(processInstances(withdrawnRecently, open)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outcome.purged()).doesNotContain(claimId(withdrawnRecently), claimId(open));
        // By the service's clock its appeal window closed long ago, but the engine still waits for an appeal.
        assertThat(survivorGet(denied).json().get("status").asText()).isEqualTo("DENIED");
        assertThat(outcome.purged()).doesNotContain(claimId(denied));

        assertThat(retentionAudits()).isEqualTo(audits + 1);
        String detail = jdbc.sql("select detail from audit_entry where action = 'RETENTION_PURGE' order by id desc limit 1")
                .query(String.class).single();
        assertThat(detail).contains(outcome.purged().size() + " purged").doesNotContain(paid.reference())
                .doesNotContain(withdrawn.reference());
    }

    @Test
    void aPurgeStartedOnTwoNodesAtOnceRunsOnce() throws Exception {
        Submitted old = withdrawn(submit(aClaim()));
        UUID oldId = claimId(old);
        clock.moveAhead(NINE_YEARS);
        long audits = retentionAudits();

        // Another node is purging: this one leaves it alone.
        whileAnotherNodeHolds(lock, RetentionPurge.LOCK, () -> {
            assertThat(purge.purgeNow().ran()).isFalse();
            assertThat(claimExists(oldId)).isTrue();
            assertThat(retentionAudits()).isEqualTo(audits);
        });

        // Two nodes start it at the same moment: the claim is purged once, each run that ran is audited once.
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<RetentionPurge.Outcome>> runs = List.of(1, 2).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return purge.purgeNow();
                })).toList();
        List<RetentionPurge.Outcome> outcomes = runs.stream().map(CompletableFuture::join).toList();

        assertThat(claimExists(oldId)).isFalse();
        List<RetentionPurge.Outcome> ran = outcomes.stream().filter(RetentionPurge.Outcome::ran).toList();
        assertThat(ran).isNotEmpty();
        Set<UUID> all = new HashSet<>();
        int purged = 0;
        for (RetentionPurge.Outcome outcome : ran) {
            all.addAll(outcome.purged());
            purged += outcome.purged().size();
        }
        assertThat(all).contains(oldId);
        assertThat(purged).as("no claim purged by both").isEqualTo(all.size());
        assertThat(retentionAudits()).isEqualTo(audits + ran.size());
    }

    /**
     * Every row of ours and of the engine that names the claim: by claim id in each table that has
     * the column, by reference, and by process instance in every engine table. Table name to count.
     */
    private Map<String, Integer> rowsNaming(UUID claimId, String reference, List<String> processInstances) {
        Map<String, Integer> rows = new java.util.TreeMap<>();
        List<String[]> columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema() and column_name in ('claim_id', 'proc_inst_id_', 'root_proc_inst_id_')""")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).as("tables that name claims and process instances").hasSizeGreaterThan(20);
        for (String[] column : columns) {
            boolean engine = column[1].endsWith("_");
            count(rows, column[0], "select count(*) from " + column[0] + " where " + column[1]
                    + (engine ? " = any(?)" : " = ?"), engine ? processInstances.toArray(String[]::new) : claimId);
        }
        count(rows, "claim", "select count(*) from claim where id = ? or reference = ?", claimId, reference);
        count(rows, "access_code_failure", "select count(*) from access_code_failure where reference = ?", reference);
        count(rows, "act_hi_procinst", "select count(*) from act_hi_procinst where business_key_ = ?", reference);
        count(rows, "act_ru_execution", "select count(*) from act_ru_execution where business_key_ = ?", reference);
        return rows;
    }

    private void count(Map<String, Integer> rows, String table, String sql, Object... params) {
        int found = jdbc.sql(sql).params(params).query(Integer.class).single();
        if (found > 0) {
            rows.merge(table, found, Integer::sum);
        }
    }

    /**
     * A claim with a row in every table a claim can reach: sent with an Idempotency-Key, a wrong access
     * code tried on it, a document, held by a caseworker with a note, an emergency award, approved
     * (a decision letter), every payment issued and settled: PAID.
     */
    private Submitted paidClaimWithEverything() {
        ObjectNode body = aClaim();
        body.put("emergencyAwardRequested", true);
        Response sent = send(request("/api/v1/claims").header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(write(body))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        Submitted claim = new Submitted(sent.json().get("reference").asText(), sent.json().get("accessCode").asText());
        assertThat(survivorGet(new Submitted(claim.reference(), "AAAA-AAAA-AAAA")).status()).isEqualTo(404);
        Response uploaded = postMultipart(request("/api/v1/claims/" + claim.reference() + "/documents")
                        .header(ACCESS_CODE, claim.accessCode()), Map.of("kind", "RECEIPT"), "receipt.pdf",
                "%PDF-1.4\n%receipt\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        String staff = "/api/v1/staff/claims/" + claim.reference();
        awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW");
        assertThat(send(as("casey", request(staff + "/assignee")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"username\": \"casey\"}"))).status()).isEqualTo(200);
        assertThat(postJson("casey", staff + "/notes", Map.of("text", "Call after 6 pm only.")).status()).isEqualTo(201);
        assertThat(postJson("casey", staff + "/emergency-decision",
                Map.of("approve", true, "amount", "1000.00", "category", "RELOCATION", "note", "deposit")).status())
                .isEqualTo(200);
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response reviewed = postJson("casey", staff + "/review", Map.of("decision", "APPROVE", "note", "ok", "awards",
                List.of(Map.of("category", "MEDICAL_DENTAL", "amount", "3000.00"),
                        Map.of("category", "RELOCATION", "amount", "2600.00"))));
        assertThat(reviewed.json().get("status").asText()).as(reviewed.body()).isEqualTo("APPROVED");

        assertThat(postJson("pat", "/api/v1/staff/payment-runs", Map.of()).status()).isEqualTo(200);
        StringBuilder csv = new StringBuilder("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n");
        for (JsonNode payment : get("casey", staff).json().get("payments")) {
            assertThat(payment.get("status").asText()).isEqualTo("ISSUED");
            csv.append(payment.get("reference").asText()).append(",GW-").append(payment.get("reference").asText())
                    .append(',').append(payment.get("amount").asText()).append(",USD,SETTLED,2026-09-30,\n"); // a quarter no test reports on
        }
        Response started = postMultipart(as("pat", request("/api/v1/staff/reconciliations")), Map.of(), "settlement.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        eventually("the claim to be paid", () -> survivorGet(claim).json().get("status").asText().equals("PAID")
                ? Optional.of(true) : Optional.empty());
        return claim;
    }

    private Submitted deniedInItsAppealWindow() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response denied = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.json().get("status").asText()).as(denied.body()).isEqualTo("DENIED");
        return claim;
    }

    private Submitted withdrawn(Submitted claim) {
        Response withdrawn = eventually("a withdrawal of " + claim.reference(), () -> {
            Response answer = survivorPost(claim, "withdrawal", null);
            return answer.status() == 200 ? Optional.of(answer) : Optional.empty();
        });
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        return claim;
    }

    private UUID claimId(Submitted claim) {
        return jdbc.sql("select id from claim where reference = ?").param(claim.reference()).query(UUID.class).single();
    }

    private boolean claimExists(UUID id) {
        return jdbc.sql("select count(*) from claim where id = ?").param(id).query(Integer.class).single() > 0;
    }

    private List<String> processInstances(Submitted... claims) {
        return jdbc.sql("select id_ from act_hi_procinst where business_key_ = any(?)")
                .param(java.util.Arrays.stream(claims).map(Submitted::reference).toArray(String[]::new))
                .query(String.class).list();
    }

    private long retentionAudits() {
        return jdbc.sql("select count(*) from audit_entry where action = 'RETENTION_PURGE'").query(Long.class).single();
    }
}
