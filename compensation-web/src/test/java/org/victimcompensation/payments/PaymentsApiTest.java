package org.victimcompensation.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Program staff pay approved awards through the gateway (WireMock) and reconcile the bank's
 * settlement files; returned and refused payments come back as REISSUE work.
 */
class PaymentsApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void gatewayAcceptsEverything() {
        gatewayAcceptsEveryPayment();
    }

    @Test
    void everyAwardIsPaidExactlyOnceAndTheClaimBecomesPaidWhenAllSettle() {
        Submitted claim = approvedClaimWithEmergencyAward();
        List<JsonNode> payments = payments(claim);
        assertThat(payments).extracting(p -> p.get("category").asText() + " " + p.get("amount").asText() + " "
                        + p.get("payeeKind").asText() + " " + p.get("status").asText())
                .containsExactlyInAnyOrder("RELOCATION 1000.00 APPLICANT DUE", "MEDICAL_DENTAL 3000.00 PROVIDER DUE",
                        "RELOCATION 1000.00 APPLICANT DUE");
        // The funds are recorded when a payment is issued, from the funding rule in force that day.
        assertThat(payments).allSatisfy(p -> assertThat(p.hasNonNull("fundSource")).isFalse());

        assertThat(postJson("casey", "/api/v1/staff/payment-runs", Map.of()).status()).isEqualTo(403);
        // The run issues everything due, this test's three payments and any other test left due.
        int due = jdbc.sql("select count(*) from payment where status = 'DUE'").query(Integer.class).single();
        Response run = postJson("pat", "/api/v1/staff/payment-runs", Map.of());
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(due).isGreaterThanOrEqualTo(3);
        assertThat(run.json().get("issued").asInt()).isEqualTo(due);
        assertThat(run.json().get("failed").asInt()).isZero();
        postJson("pat", "/api/v1/staff/payment-runs", Map.of());

        for (JsonNode payment : payments(claim)) {
            assertThat(payment.get("status").asText()).isEqualTo("ISSUED");
            assertThat(payment.get("fundSource").asText()).as("no funding rule covers it").isEqualTo("STATE");
            GATEWAY.verify(1, postRequestedFor(urlEqualTo("/payments"))
                    .withHeader("Idempotency-Key", equalTo(payment.get("reference").asText())));
        }
        assertThat(survivorGet(claim).json().get("payments").findValuesAsText("status")).containsOnly("ISSUED");

        StringBuilder csv = new StringBuilder("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n");
        for (JsonNode payment : payments(claim)) {
            csv.append(payment.get("reference").asText()).append(",GW-").append(payment.get("reference").asText())
                    .append(',').append(payment.get("amount").asText()).append(",USD,SETTLED,2026-11-30,\n");
        }
        JsonNode result = reconcile("settlement.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(result.get("matched").asInt()).isEqualTo(3);
        assertThat(result.get("unmatched").asInt()).isZero();

        JsonNode status = survivorGet(claim).json();
        assertThat(status.get("status").asText()).isEqualTo("PAID");
        assertThat(status.get("payments").findValuesAsText("status")).containsOnly("SETTLED");

        // The bank returns one of them later: the claim is owed something again until the reissue settles.
        JsonNode returned = payments(claim).get(0);
        JsonNode later = reconcile("returns.csv", ("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + returned.get("reference").asText() + ",GW-" + returned.get("reference").asText() + ","
                + returned.get("amount").asText() + ",USD,RETURNED,2026-12-04,R03\n").getBytes(StandardCharsets.UTF_8));
        assertThat(later.get("returned").asInt()).isEqualTo(1);
        assertThat(survivorGet(claim).json().get("status").asText()).isEqualTo("APPROVED");
    }

    /** The rules these tests add, so other tests' payments are issued with none in force. */
    @AfterEach
    void removeTheFundingRulesAdded() {
        jdbc.sql("update payment set funding_rule_id = null where funding_rule_id in (select id from funding_rule where created_by = 'pat')")
                .update();
        jdbc.sql("delete from funding_rule where created_by = 'pat'").update();
    }

    @Test
    void theFundingRuleInForceWhenAPaymentIsIssuedDecidesItsFunds() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles")); // the demo's program zone
        Response medical = postJson("pat", "/api/v1/staff/funding-rules", Map.of("effectiveFrom", today.minusDays(1).toString(),
                "category", "MEDICAL_DENTAL", "fundSource", "VOCA_GRANT", "grantAward", "15POVC-25-GG-00123-COMP"));
        assertThat(medical.status()).as(medical.body()).isEqualTo(201);
        long medicalRule = medical.json().get("id").asLong();
        assertThat(medical.json().get("createdBy").asText()).isEqualTo("pat");
        Response future = postJson("pat", "/api/v1/staff/funding-rules", Map.of("effectiveFrom", today.plusYears(1).toString(),
                "fundSource", "OTHER_FEDERAL"));
        assertThat(future.status()).as(future.body()).isEqualTo(201);
        assertThat(future.json().hasNonNull("category")).as("every category").isFalse();
        Response rules = get("pat", "/api/v1/staff/funding-rules");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().findValuesAsText("grantAward")).contains("15POVC-25-GG-00123-COMP");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'FUNDING_RULE_ADDED' and actor = 'pat' and detail like ?")
                .param("funding rule " + medicalRule + ": from " + today.minusDays(1) + ", MEDICAL_DENTAL, VOCA_GRANT 15POVC-25-GG-00123-COMP")
                .query(Integer.class).single()).isEqualTo(1);

        Submitted claim = approvedClaimWithEmergencyAward();
        assertThat(postJson("pat", "/api/v1/staff/payment-runs", Map.of()).status()).isEqualTo(200);
        for (JsonNode payment : payments(claim)) {
            assertThat(payment.get("status").asText()).isEqualTo("ISSUED");
            Long rule = jdbc.sql("select funding_rule_id from payment where reference = ?").param(payment.get("reference").asText())
                    .query(Long.class).optional().orElse(null);
            if (payment.get("category").asText().equals("MEDICAL_DENTAL")) {
                assertThat(payment.get("fundSource").asText()).isEqualTo("VOCA_GRANT");
                assertThat(payment.get("grantAward").asText()).isEqualTo("15POVC-25-GG-00123-COMP");
                assertThat(rule).isEqualTo(medicalRule);
            } else {
                // the rule for every category starts next year: none covers relocation today
                assertThat(payment.get("fundSource").asText()).isEqualTo("STATE");
                assertThat(payment.hasNonNull("grantAward")).isFalse();
                assertThat(rule).isNull();
            }
        }
    }

    @Test
    void wrongFundingRulesAnswer4xx() {
        String path = "/api/v1/staff/funding-rules";
        Response noAward = postJson("pat", path, Map.of("effectiveFrom", "2030-10-01", "fundSource", "VOCA_GRANT"));
        assertThat(noAward.status()).isEqualTo(400);
        assertThat(noAward.contentType()).startsWith("application/problem+json");
        assertThat(noAward.body()).contains("grantAward");
        assertThat(postJson("pat", path, Map.of("effectiveFrom", "2030-10-01", "fundSource", "STATE", "grantAward", "X-1"))
                .status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fundSource", "STATE")).status()).isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("effectiveFrom", "2030-10-01", "fundSource", "FEDERAL_VOCA")).status())
                .isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("effectiveFrom", "2030-10-01", "category", "LUNCH", "fundSource", "STATE"))
                .status()).isEqualTo(400);
        assertThat(postJson("casey", path, Map.of("effectiveFrom", "2030-10-01", "fundSource", "STATE")).status()).isEqualTo(403);
        assertThat(get("sam", path).status()).isEqualTo(403);
        assertThat(send(request(path).GET()).status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from funding_rule where effective_from = '2030-10-01'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void programStaffReChargeAnIssuedPaymentWithAReasonAndItIsAudited() {
        Submitted claim = approvedClaimWithEmergencyAward();
        String medical = reference(claim, "MEDICAL_DENTAL");
        String path = "/api/v1/staff/payments/" + medical + "/fund-source";
        Map<String, String> toTheGrant = Map.of("fundSource", "VOCA_GRANT", "grantAward", "15POVC-25-GG-00123-COMP",
                "reason", "FFR reconciliation, quarter 2");
        Response notIssued = postJson("pat", path, toTheGrant);
        assertThat(notIssued.status()).as("a due payment has no funds recorded yet").isEqualTo(409);
        assertThat(notIssued.contentType()).startsWith("application/problem+json");
        assertThat(postJson("pat", "/api/v1/staff/payment-runs", Map.of()).status()).isEqualTo(200);

        assertThat(postJson("casey", path, toTheGrant).status()).isEqualTo(403);
        assertThat(postJson("sam", path, toTheGrant).status()).isEqualTo(403);
        assertThat(send(request(path).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(write(toTheGrant)))).status()).isEqualTo(401);
        assertThat(postJson("pat", path, Map.of("fundSource", "VOCA_GRANT", "grantAward", "15POVC-25-GG-00123-COMP"))
                .status()).as("reason required").isEqualTo(400);
        assertThat(postJson("pat", path, Map.of("fundSource", "VOCA_GRANT", "grantAward", "15POVC-25-GG-00123-COMP",
                "reason", "  ")).status()).as("reason required").isEqualTo(400);
        Response noAward = postJson("pat", path, Map.of("fundSource", "VOCA_GRANT", "reason", "FFR"));
        assertThat(noAward.status()).isEqualTo(400);
        assertThat(noAward.contentType()).startsWith("application/problem+json");
        assertThat(postJson("pat", path, Map.of("fundSource", "FEDERAL_VOCA", "reason", "FFR")).status()).isEqualTo(400);
        Response unknown = postJson("pat", "/api/v1/staff/payments/PNOSUCHPAYMENT1/fund-source", toTheGrant);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(payment(claim, medical).get("fundSource").asText()).as("nothing changed").isEqualTo("STATE");

        Response recharged = postJson("pat", path, toTheGrant);
        assertThat(recharged.status()).as(recharged.body()).isEqualTo(200);
        assertThat(recharged.json().get("fundSource").asText()).isEqualTo("VOCA_GRANT");
        assertThat(recharged.json().get("previousFundSource").asText()).isEqualTo("STATE");
        assertThat(payment(claim, medical).get("fundSource").asText()).isEqualTo("VOCA_GRANT");
        assertThat(payment(claim, medical).get("grantAward").asText()).isEqualTo("15POVC-25-GG-00123-COMP");
        assertThat(jdbc.sql("""
                        select f.reason || ' by ' || f.changed_by || ': ' || f.from_source || ' to ' || f.to_source
                        from payment_fund_change f join payment p on p.id = f.payment_id where p.reference = ?""")
                .param(medical).query(String.class).list())
                .containsExactly("FFR reconciliation, quarter 2 by pat: STATE to VOCA_GRANT");
        assertThat(jdbc.sql("select actor || ' ' || detail from audit_entry where action = 'FUND_SOURCE_CHANGED' and claim_reference = ?")
                .param(claim.reference()).query(String.class).list())
                .containsExactly("pat payment " + medical + ": STATE to VOCA_GRANT (15POVC-25-GG-00123-COMP)");
    }

    @Test
    void aRefusedPaymentIsReissuedToTheCorrectedPayeeAndPaidOnce() {
        Submitted claim = approvedClaimWithEmergencyAward();
        String medical = reference(claim, "MEDICAL_DENTAL");
        GATEWAY.stubFor(post("/payments").atPriority(1).withHeader("Idempotency-Key", equalTo(medical))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\": \"payee unknown to the bank\"}")));

        Response run = postJson("pat", "/api/v1/staff/payment-runs", Map.of());
        assertThat(run.json().get("failed").asInt()).as("only this payment is refused").isEqualTo(1);
        JsonNode failed = payment(claim, medical);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asText()).contains("422").contains("payee unknown");

        JsonNode item = awaitReissue(claim, medical);
        assertThat(item.get("taskType").asText()).isEqualTo("REISSUE");
        assertThat(postJson("pat", "/api/v1/staff/payments/" + medical + "/reissue", Map.of("note", "x")).status())
                .isEqualTo(403);

        Response reissued = postJson("casey", "/api/v1/staff/payments/" + medical + "/reissue",
                Map.of("payeeName", "Valley Clinic Billing Dept", "method", "CHECK", "note", "new billing name"));
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(200);
        String replacement = reissued.json().get("reference").asText();
        assertThat(postJson("casey", "/api/v1/staff/payments/" + medical + "/reissue", Map.of("note", "again")).status())
                .isEqualTo(409);
        assertThat(payment(claim, medical).get("status").asText()).isEqualTo("REISSUED");
        assertThat(payment(claim, replacement).get("replaces").asText()).isEqualTo(medical);

        postJson("pat", "/api/v1/staff/payment-runs", Map.of());
        assertThat(payment(claim, replacement).get("status").asText()).isEqualTo("ISSUED");
        assertThat(payment(claim, replacement).get("method").asText()).isEqualTo("CHECK");
        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo(medical)));
        GATEWAY.verify(1, postRequestedFor(urlEqualTo("/payments")).withHeader("Idempotency-Key", equalTo(replacement)));
        assertThat(GATEWAY.findAll(postRequestedFor(urlEqualTo("/payments"))
                .withHeader("Idempotency-Key", equalTo(replacement))).get(0).getBodyAsString())
                .contains("Valley Clinic Billing Dept").contains("CHECK");
    }

    @Test
    void aReconciliationListsEveryExceptionAndEveryReturnInWords() {
        Submitted claim = approvedClaimWithEmergencyAward();
        String medical = reference(claim, "MEDICAL_DENTAL");
        List<String> relocation = references(claim, "RELOCATION");
        String emergency = relocation.get(0);
        String refused = relocation.get(1);
        GATEWAY.stubFor(post("/payments").atPriority(1).withHeader("Idempotency-Key", equalTo(refused))
                .willReturn(aResponse().withStatus(422).withBody("{\"detail\": \"closed\"}")));
        postJson("pat", "/api/v1/staff/payment-runs", Map.of());

        String csv = "payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + medical + ",GW,2999.00,USD,SETTLED,2026-11-30,\n"
                + medical + ",GW,3000.00,USD,SETTLED,2026-11-30,\n"
                + emergency + ",GW,1000.00,USD,RETURNED,2026-12-02,R01\n"
                + medical + ",GW,3000.00,USD,SETTLED,2026-11-30,\n"
                + refused + ",GW,1000.00,USD,SETTLED,2026-11-30,\n"
                + "PAY-FFFFFFFFFFFFFFFF,GW,10.00,USD,SETTLED,2026-11-30,\n";
        JsonNode result = reconcile("mixed.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(result.get("matched").asInt()).isEqualTo(1);
        assertThat(result.get("returned").asInt()).isEqualTo(1);
        assertThat(result.get("unmatched").asInt()).isEqualTo(4);
        List<String> exceptions = new ArrayList<>();
        result.get("exceptions").forEach(e -> exceptions.add(e.get("line").asInt() + " " + e.get("kind").asText()));
        assertThat(exceptions).containsExactly("2 AMOUNT_MISMATCH", "5 DUPLICATE_LINE", "6 NEVER_ISSUED", "7 UNKNOWN_REFERENCE");
        assertThat(result.get("returns").get(0).get("paymentReference").asText()).isEqualTo(emergency);
        assertThat(result.get("returns").get(0).get("reason").asText()).isEqualTo("Insufficient funds");

        assertThat(payment(claim, emergency).get("status").asText()).isEqualTo("RETURNED");
        assertThat(payment(claim, emergency).get("returnReason").asText()).isEqualTo("Insufficient funds");
        awaitReissue(claim, emergency);
        awaitReissue(claim, refused);
        assertThat(survivorGet(claim).json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aCamt053StatementIsReconciledLikeACsv() throws Exception {
        Submitted claim = approvedClaimWithEmergencyAward();
        postJson("pat", "/api/v1/staff/payment-runs", Map.of());
        String medical = reference(claim, "MEDICAL_DENTAL");
        List<String> relocation = references(claim, "RELOCATION");
        String xml = new String(getClass().getResourceAsStream("/settlements/camt053-template.xml").readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("{MEDICAL}", medical).replace("{RELOCATION_1}", relocation.get(0))
                .replace("{RELOCATION_2}", relocation.get(1));

        JsonNode result = reconcile("statement.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(result.get("format").asText()).isEqualTo("CAMT053");
        assertThat(result.get("matched").asInt()).isEqualTo(2);
        assertThat(result.get("returned").asInt()).isEqualTo(1);
        assertThat(result.get("returns").get(0).get("reason").asText()).isEqualTo("Account closed");
    }

    @Test
    void aBadFileIsRefusedBeforeAnyRowChanges() throws Exception {
        int reconciliations = count("reconciliation");
        int settled = jdbc.sql("select count(*) from payment where status = 'SETTLED'").query(Integer.class).single();

        assertUploadRefused("notes.csv", "name,amount\nx,1\n".getBytes(StandardCharsets.UTF_8));
        assertUploadRefused("latin1.csv", ("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + "PAY-1,Peña,1.00,USD,SETTLED,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertUploadRefused("truncated.xml", "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                .getBytes(StandardCharsets.UTF_8));
        assertUploadRefused("bomb.xml", new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0});
        assertThat(postMultipart("casey", "/api/v1/staff/reconciliations", "a.csv", new byte[]{1}).status()).isEqualTo(403);

        assertThat(twoGigabyteUploadStatus()).isEqualTo(413);
        assertThat(count("reconciliation")).isEqualTo(reconciliations);
        assertThat(jdbc.sql("select count(*) from payment where status = 'SETTLED'").query(Integer.class).single())
                .isEqualTo(settled);
        assertThat(get("pat", "/api/v1/staff/reconciliations/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(get("pat", "/api/v1/staff/reconciliations/not-an-id").status()).isEqualTo(400);
    }

    private void assertUploadRefused(String name, byte[] content) {
        Response response = postMultipart("pat", "/api/v1/staff/reconciliations", name, content);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    /** Announces a 2 GB multipart body; the service must answer 413 without reading it. */
    private int twoGigabyteUploadStatus() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String credentials = java.util.Base64.getEncoder().encodeToString("pat:pat-demo".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/staff/reconciliations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 2147483648\r\n\r\n"
                    + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private JsonNode reconcile(String fileName, byte[] content) {
        Response started = postMultipart("pat", "/api/v1/staff/reconciliations", fileName, content);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asText();
        return eventually("reconciliation " + id + " to finish", () -> {
            JsonNode result = get("pat", "/api/v1/staff/reconciliations/" + id).json();
            return result.get("status").asText().equals("RUNNING") ? Optional.empty() : Optional.of(result);
        });
    }

    private Response postMultipart(String user, String path, String fileName, byte[] content) {
        return postMultipart(as(user, request(path)), Map.of(), fileName, content);
    }

    /** Emergency relocation 1,000; then medical 3,000 to the clinic and relocation capped at 2,000 less the advance. */
    private Submitted approvedClaimWithEmergencyAward() {
        ObjectNode body = aClaim();
        body.put("emergencyAwardRequested", true);
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "EMERGENCY_REVIEW");
        assertThat(postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/emergency-decision",
                Map.of("approve", true, "amount", "1000.00", "category", "RELOCATION", "note", "deposit")).status())
                .isEqualTo(200);
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response reviewed = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "APPROVE", "note", "ok", "awards", List.of(
                        Map.of("category", "MEDICAL_DENTAL", "amount", "3000.00"),
                        Map.of("category", "RELOCATION", "amount", "2600.00"))));
        assertThat(reviewed.json().get("status").asText()).isEqualTo("APPROVED");
        return claim;
    }

    private List<JsonNode> payments(Submitted claim) {
        List<JsonNode> payments = new ArrayList<>();
        get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("payments").forEach(payments::add);
        return payments;
    }

    private JsonNode payment(Submitted claim, String reference) {
        return payments(claim).stream().filter(p -> p.get("reference").asText().equals(reference)).findFirst().orElseThrow();
    }

    private String reference(Submitted claim, String category) {
        return references(claim, category).get(0);
    }

    private List<String> references(Submitted claim, String category) {
        return payments(claim).stream().filter(p -> p.get("category").asText().equals(category))
                .map(p -> p.get("reference").asText()).toList();
    }

    private JsonNode awaitReissue(Submitted claim, String paymentReference) {
        JsonNode item = eventually("a REISSUE item for " + paymentReference, () -> {
            for (JsonNode candidate : get("casey", "/api/v1/staff/queue?type=REISSUE&claimReference=" + claim.reference())
                    .json().get("items")) {
                if (paymentReference.equals(candidate.path("paymentReference").asText())) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        });
        assertThat(item.get("claimReference").asText()).isEqualTo(claim.reference());
        return item;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
