package org.victimcompensation.letters;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment run's issued payments and a reconciliation's returns each send the survivor one letter. */
class PaymentLettersApiTest extends ApiTest {

    @BeforeEach
    void gatewayAcceptsEverything() {
        gatewayAcceptsEveryPayment();
    }

    @Test
    void aPaymentSentAndAPaymentReturnedEachGiveOneLetter() throws Exception {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response reviewed = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "APPROVE", "note", "ok", "awards", List.of(
                        Map.of("category", "MEDICAL_DENTAL", "amount", "3000.00"),
                        Map.of("category", "RELOCATION", "amount", "1500.00"))));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(kinds(claim)).containsExactly("DECISION");

        assertThat(postJson("pat", "/api/v1/staff/payment-runs", Map.of()).status()).isEqualTo(200);
        postJson("pat", "/api/v1/staff/payment-runs", Map.of()); // nothing left to issue: no second letter
        assertThat(Collections.frequency(kinds(claim), "PAYMENT_SENT")).isEqualTo(2);

        JsonNode medical = null;
        for (JsonNode payment : get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("payments")) {
            if (payment.get("category").asText().equals("MEDICAL_DENTAL")) {
                medical = payment;
            }
        }
        assertThat(medical).isNotNull();
        String reference = medical.get("reference").asText();
        String csv = "payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + reference + ",GW-" + reference + ",3000.00,USD,RETURNED,2026-12-04,R03\n";
        reconcile(csv);
        reconcile(csv); // the same return again changes nothing, and sends no second letter

        List<String> kinds = kinds(claim);
        assertThat(Collections.frequency(kinds, "PAYMENT_RETURNED")).isEqualTo(1);
        String returned = null;
        for (JsonNode letter : letters(claim)) {
            if (letter.get("kind").asText().equals("PAYMENT_RETURNED")) {
                returned = letter.get("id").asText();
            }
        }
        assertThat(pdfText(claim, returned)).contains("A payment of $3000.00 for").contains("came back to us");
    }

    private void reconcile(String csv) {
        Response started = postMultipart(as("pat", request("/api/v1/staff/reconciliations")), Map.of(), "returns.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asText();
        eventually("reconciliation " + id, () -> {
            JsonNode result = get("pat", "/api/v1/staff/reconciliations/" + id).json();
            return result.get("status").asText().equals("RUNNING") ? Optional.empty() : Optional.of(result);
        });
    }

    private JsonNode letters(Submitted claim) {
        Response response = send(request("/api/v1/claims/" + claim.reference() + "/letters").header(ACCESS_CODE, claim.accessCode()).GET());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private List<String> kinds(Submitted claim) {
        List<String> kinds = new ArrayList<>();
        letters(claim).forEach(letter -> kinds.add(letter.get("kind").asText()));
        return kinds;
    }

    private String pdfText(Submitted claim, String letterId) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                request("/api/v1/claims/" + claim.reference() + "/letters/" + letterId).header(ACCESS_CODE, claim.accessCode())
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
