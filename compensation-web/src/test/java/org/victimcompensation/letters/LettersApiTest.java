package org.victimcompensation.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.ApiTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters are issued with their event, listed for the survivor and the staff file, and downloaded as PDF. */
class LettersApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Letters letterService;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDenialAndAnAppealSendLettersInTheSurvivorsLanguage() throws Exception {
        ObjectNode body = aClaim();
        ((ObjectNode) body.get("applicant")).put("preferredLanguage", "es");
        Submitted claim = submit(body);
        assertThat(letters(claim)).isEmpty();
        awaitWorkItem("casey", claim.reference(), "REVIEW");

        Response denied = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        JsonNode list = letters(claim);
        assertThat(list).hasSize(1);
        JsonNode decision = list.get(0);
        assertThat(decision.get("kind").asText()).isEqualTo("DECISION");
        assertThat(decision.get("language").asText()).isEqualTo("es");
        assertThat(decision.get("createdAt").asText()).isNotBlank();
        assertThat(decision.size()).as("exactly {id, kind, createdAt, language}").isEqualTo(4);

        String text = pdfText(claim, decision.get("id").asText());
        assertThat(text).contains("Su solicitud no fue aprobada").contains(claim.reference())
                .contains("Los gastos de la solicitud no son gastos que este programa pueda pagar.")
                .contains("Puede apelar hasta el");

        assertThat(survivorPost(claim, "appeal", Map.of("reason", "the costs were for treatment")).status()).isEqualTo(200);
        assertThat(letters(claim).findValuesAsText("kind")).containsExactly("DECISION", "APPEAL_RECEIVED");
        assertThat(get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("letters").findValuesAsText("kind"))
                .containsExactly("DECISION", "APPEAL_RECEIVED");

        Submitted other = submit(aClaim());
        Response foreign = send(request("/api/v1/claims/" + other.reference() + "/letters/" + decision.get("id").asText())
                .header(ACCESS_CODE, other.accessCode()).GET());
        assertThat(foreign.status()).as("another claim's letter").isEqualTo(404);
        Response wrongCode = send(request("/api/v1/claims/" + claim.reference() + "/letters")
                .header(ACCESS_CODE, "WRONG-CODE-0000").GET());
        assertThat(wrongCode.status()).isEqualTo(404);
    }

    @Test
    void aLetterIsLaidOutAfterItsEventWithoutAnyoneAskingAndWaitsSealed() {
        Submitted claim = submit(aClaim());
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response denied = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        String id = letters(claim).get(0).get("id").asText();

        byte[] waiting = jdbc.sql("select coalesce(facts_enc, content_enc) from letter where id = ?::uuid").param(id)
                .query(byte[].class).single();
        assertThat(new String(waiting, StandardCharsets.ISO_8859_1)).as("sealed, whether waiting or laid out")
                .doesNotContain(claim.reference()).doesNotContain("EXPENSES_NOT_COVERED").doesNotContain("%PDF");

        eventually("the letter laid out by the worker", () -> jdbc.sql(
                        "select 1 from letter where id = ?::uuid and content_enc is not null and facts_enc is null")
                .param(id).query(Integer.class).optional());
    }

    @Test
    void aLetterReadBeforeTheWorkerGotToItIsLaidOutThen() throws Exception {
        Submitted claim = submit(aClaim());
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(claim.reference()).query(UUID.class).single();
        // Issued and read in one transaction: the worker cannot see the letter before it is read.
        byte[] pdf = transaction.execute(status -> {
            letterService.issue(LetterFacts.appealReceived(claimId, claim.reference(), "en", LocalDate.of(2026, 12, 4)));
            UUID id = letterService.list(claimId).get(0).id();
            return letterService.pdf(claimId, id).orElseThrow().pdf();
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(claim.reference());
        }
        assertThat(jdbc.sql("select count(*) from letter where claim_id = ? and content_enc is not null and facts_enc is null")
                .param(claimId).query(Integer.class).single()).as("laid out once, kept as the PDF").isEqualTo(1);
    }

    @Test
    void aLetterThatCannotBeLaidOutHoldsUpNoOther() {
        Submitted claim = submit(aClaim());
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(claim.reference()).query(UUID.class).single();
        UUID broken = UUID.randomUUID();
        jdbc.sql("""
                        insert into letter (id, claim_id, kind, language, created_at, key_id, facts_enc)
                        values (?, ?, 'APPEAL_RECEIVED', 'en', now() - interval '1 hour', 'no-such-key', '\\x00'::bytea)""")
                .params(broken, claimId).update();
        try {
            transaction.executeWithoutResult(status -> letterService.issue(
                    LetterFacts.appealReceived(claimId, claim.reference(), "en", LocalDate.of(2026, 12, 4))));
            eventually("the letter behind the broken one laid out", () -> jdbc.sql(
                            "select 1 from letter where claim_id = ? and id <> ? and content_enc is not null")
                    .params(claimId, broken).query(Integer.class).optional());
            assertThat(jdbc.sql("select count(*) from letter where id = ? and content_enc is null").param(broken)
                    .query(Integer.class).single()).as("the broken letter stays waiting").isEqualTo(1);
        } finally {
            jdbc.sql("delete from letter where id = ?").param(broken).update();
        }
    }

    private JsonNode letters(Submitted claim) {
        Response response = send(request("/api/v1/claims/" + claim.reference() + "/letters")
                .header(ACCESS_CODE, claim.accessCode()).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String pdfText(Submitted claim, String letterId) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                request("/api/v1/claims/" + claim.reference() + "/letters/" + letterId)
                        .header(ACCESS_CODE, claim.accessCode()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
