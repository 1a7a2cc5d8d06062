package org.victimcompensation.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.domain.payment.PaymentReference;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement format uploaded through the API (the sample files of settlements/, with fresh
 * payment references in place of P00000000000A01...): payments matched and returned, the entries
 * that are not the program's payments counted and listed, and what no format may do (refuse a
 * file for a fee or a credit).
 */
class StatementUploadApiTest extends ApiTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void aBai2StatementSettlesReturnsAndListsTheOtherEntries() throws Exception {
        Map<String, String> payments = issuedPayments();
        JsonNode result = upload("statement.bai2", payments);

        assertThat(result.get("format").asText()).isEqualTo("BAI2");
        assertCounts(result, 2, 1, 0, 4);
        assertThat(statuses(payments)).containsEntry("A01", "SETTLED").containsEntry("A02", "RETURNED").containsEntry("A03", "SETTLED");
        assertThat(result.get("returns").get(0).get("returnCode").asText()).isEqualTo("R03");
        List<String> others = new ArrayList<>();
        result.get("others").forEach(o -> others.add(o.get("position").asLong() + " " + o.get("amount").asText() + " "
                + o.path("direction").asText("none") + " " + o.get("text").asText()));
        assertThat(others).containsExactly("8 12.34 CREDIT BAI2 type 354 (booked)", "9 25.00 DEBIT BAI2 type 698 (booked)",
                "10 500.00 DEBIT BAI2 type 495 (booked)", "11 3.00 none BAI2 type 920 (booked)");
    }

    @Test
    void aNachaReturnFileReturnsPaymentsByTheirIndividualIdentificationNumber() throws Exception {
        Map<String, String> payments = issuedPayments();
        JsonNode result = upload("nacha-returns.ach", payments);

        assertThat(result.get("format").asText()).isEqualTo("NACHA");
        assertCounts(result, 0, 2, 0, 2);
        assertThat(statuses(payments)).containsEntry("A01", "RETURNED").containsEntry("A02", "RETURNED");
        assertThat(result.get("returns").findValuesAsText("reason"))
                .containsExactlyInAnyOrder("Insufficient funds", "No account, or the account cannot be found");
    }

    @Test
    void aCamt053InItsEnvelopeReturnsByInstrIdWithTheBanksWordsAndLeavesPendingEntriesAlone() throws Exception {
        Map<String, String> payments = issuedPayments();
        JsonNode result = upload("camt053-001-04-envelope.xml", payments);

        assertThat(result.get("format").asText()).isEqualTo("CAMT053");
        assertCounts(result, 0, 2, 0, 3);
        assertThat(statuses(payments)).containsEntry("A03", "RETURNED").containsEntry("A04", "RETURNED").containsEntry("A05", "ISSUED");
        assertThat(result.get("returns").findValuesAsText("reason")).contains("Beneficiary unknown at this bank");
        assertThat(result.get("others").findValuesAsText("text")).containsExactly("PMNT/ICDT/ESCT (pending)",
                "PMNT/ICDT/ESCT, batch of 3 without details (booked)", "ACMT/MCOP/INTR (booked)");
    }

    @Test
    void aCamt054NotificationSettlesAPaymentKnownOnlyByTheGatewaysId() throws Exception {
        Map<String, String> payments = issuedPayments();
        JsonNode result = upload("camt054-001-08.xml", payments);

        assertThat(result.get("format").asText()).isEqualTo("CAMT054");
        assertCounts(result, 1, 0, 0, 1);
        assertThat(statuses(payments)).containsEntry("A01", "SETTLED").containsEntry("A02", "ISSUED");
    }

    @Test
    void aBankCsvExportIsReadThroughTheConfiguredColumns() throws Exception {
        Map<String, String> payments = issuedPayments();
        JsonNode result = upload("bank-export.csv", payments);

        assertThat(result.get("format").asText()).isEqualTo("BANK_CSV");
        assertCounts(result, 1, 1, 0, 2);
        assertThat(statuses(payments)).containsEntry("A01", "SETTLED").containsEntry("A02", "RETURNED");
    }

    private static void assertCounts(JsonNode result, int matched, int returned, int unmatched, int otherEntries) {
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("COMPLETED");
        assertThat(List.of(result.get("matched").asInt(), result.get("returned").asInt(), result.get("unmatched").asInt(),
                result.get("otherEntries").asInt(), result.get("others").size()))
                .as(result.toString()).containsExactly(matched, returned, unmatched, otherEntries, otherEntries);
    }

    private JsonNode upload(String sample, Map<String, String> payments) throws Exception {
        String content = new String(getClass().getResourceAsStream("/settlements/" + sample).readAllBytes(), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> payment : payments.entrySet()) {
            String suffix = payment.getKey().substring(1);
            content = content.replace("P00000000000" + payment.getKey(), payment.getValue())
                    .replace("GW-A" + suffix.substring(1), "GW-" + payment.getValue());
        }
        Response started = postMultipart(as("pat", request("/api/v1/staff/reconciliations")), Map.of(), sample,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asText();
        return eventually("reconciliation " + id + " to finish", () -> {
            JsonNode current = get("pat", "/api/v1/staff/reconciliations/" + id).json();
            return current.get("status").asText().equals("RUNNING") ? Optional.empty() : Optional.of(current);
        });
    }

    /** A01 1500.00, A02 200.00, A03 75.50, A04 8.85, A05 300.00, as the samples have them; gateway ids GW- + reference. */
    private Map<String, String> issuedPayments() {
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(submit(aClaim()).reference())
                .query(UUID.class).single();
        Map<String, String> references = new LinkedHashMap<>();
        String[] amounts = {"1500.00", "200.00", "75.50", "8.85", "300.00"};
        for (int i = 0; i < amounts.length; i++) {
            UUID id = UUID.randomUUID();
            String reference = PaymentReference.generate(RANDOM);
            jdbc.sql("""
                            insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                              method, fund_source, property_damage, status, due_at, issued_at, gateway_id)
                            values (?, ?, ?, 'FINAL', 'MEDICAL_DENTAL', ?::numeric, 'PROVIDER', ?, 'ACH', 'STATE', false, 'ISSUED',
                              now(), now(), ?)""")
                    .params(id, reference, claimId, amounts[i], cipher.seal("Test Clinic", "payment.payee_name:" + id),
                            "GW-" + reference)
                    .update();
            references.put("A0" + (i + 1), reference);
        }
        return references;
    }

    private Map<String, String> statuses(Map<String, String> payments) {
        Map<String, String> statuses = new LinkedHashMap<>();
        payments.forEach((key, reference) -> statuses.put(key, jdbc.sql("select status from payment where reference = ?")
                .param(reference).query(String.class).single()));
        return statuses;
    }
}
