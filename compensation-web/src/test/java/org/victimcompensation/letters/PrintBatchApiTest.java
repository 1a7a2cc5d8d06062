package org.victimcompensation.letters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print batch holds the mailed letters once each, with their address sheets: an ACP participant's
 * letter goes to the substitute address only, and no letter is printed for a survivor who said mail is
 * unsafe. The PDF is read back.
 */
class PrintBatchApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PrintBatchStore store;
    @Autowired
    Clock clock;

    @Test
    void theDaysMailedLettersArePrintedOnceToSafeAddressesOnly() throws Exception {
        ObjectNode mailed = withMail(aClaim(), true);
        Submitted mailedClaim = denied(mailed);
        ObjectNode acp = withMail(aClaim(), true);
        ((ObjectNode) acp.get("applicant")).put("acpParticipantCode", "CA-ACP-4471");
        ObjectNode acpAddress = (ObjectNode) acp.get("applicant").get("mailingAddress");
        acpAddress.put("line1", "48 Where I Live " + UUID.randomUUID().toString().substring(0, 6));
        Submitted acpClaim = denied(acp);
        ObjectNode unsafe = withMail(aClaim(), false);
        Submitted unsafeClaim = denied(unsafe);

        assertThat(postJson("casey", "/api/v1/staff/print-batches", Map.of()).status()).isEqualTo(403);
        Response batch = postJson("pat", "/api/v1/staff/print-batches", Map.of());
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        assertThat(batch.json().get("letters").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(batch.json().get("withheld").asInt()).isGreaterThanOrEqualTo(1);
        String text = pdfText(batch.json().get("id").asText());

        assertThat(text).contains(name(mailed)).contains(line1(mailed)).contains("Fresno, CA 93701")
                .contains(mailedClaim.reference());
        assertThat(text).contains(name(acp)).contains("ACP CA-ACP-4471").contains("PO Box 1000")
                .contains("Sacramento, CA 95812").contains(acpClaim.reference())
                .doesNotContain(line1(acp));
        assertThat(text).doesNotContain(name(unsafe)).doesNotContain(line1(unsafe)).doesNotContain(unsafeClaim.reference());
        String batchId = batch.json().get("id").asText();
        assertThat(jdbc.sql("select action from audit_entry where actor = 'pat' and detail like ? order by id")
                .param("print batch " + batchId + "%").query(String.class).list())
                .as("the addresses of many survivors: made and read on the record")
                .containsExactly("PRINT_BATCH_MADE", "PRINT_BATCH_READ");

        // A letter is printed once: the next batch does not take it again.
        Response next = postJson("pat", "/api/v1/staff/print-batches", Map.of());
        assertThat(next.status()).isEqualTo(201);
        if (next.json().get("letters").asInt() > 0) {
            assertThat(pdfText(next.json().get("id").asText())).doesNotContain(mailedClaim.reference())
                    .doesNotContain(acpClaim.reference());
        }
        assertThat(get("pat", "/api/v1/staff/print-batches/" + UUID.randomUUID() + "/file").status()).isEqualTo(404);
    }

    @Test
    void aLetterThatCannotBeLaidOutIsLeftOutAndTheBatchIsStillMade() throws Exception {
        Submitted mailed = denied(withMail(aClaim(), true));
        UUID broken = UUID.randomUUID();
        jdbc.sql("""
                        insert into letter (id, claim_id, kind, language, created_at, key_id, facts_enc)
                        values (?, ?, 'APPEAL_RECEIVED', 'en', now(), 'no-such-key', '\\x00'::bytea)""")
                .params(broken, claimIdOf(mailed)).update();
        try {
            Response batch = postJson("pat", "/api/v1/staff/print-batches", Map.of());
            assertThat(batch.status()).as(batch.body()).isEqualTo(201);
            assertThat(pdfText(batch.json().get("id").asText())).contains(mailed.reference());
            assertThat(jdbc.sql("select count(*) from print_batch_letter where letter_id = ?").param(broken)
                    .query(Integer.class).single()).as("the broken letter is left out, still unprinted").isZero();
        } finally {
            jdbc.sql("delete from letter where id = ?").param(broken).update();
        }
    }

    @Test
    void aBatchTakesTheOldestLettersUpToItsLimitAndNoneIssuedBeforeItsStart() {
        UUID first = firstLetter(denied(withMail(aClaim(), true)));
        UUID second = firstLetter(denied(withMail(aClaim(), true)));
        UUID third = firstLetter(denied(withMail(aClaim(), true)));
        Instant firstIssued = issuedAt(first);

        assertThat(store.unprinted(null, clock.instant(), 100_000)).extracting(PrintBatchStore.Unprinted::letterId)
                .containsSubsequence(first, second, third);
        assertThat(store.unprinted(issuedAt(second), clock.instant(), 100_000)).extracting(PrintBatchStore.Unprinted::letterId)
                .doesNotContain(first).containsSubsequence(second, third);
        assertThat(store.unprinted(firstIssued, clock.instant(), 2)).extracting(PrintBatchStore.Unprinted::letterId)
                .hasSize(2).startsWith(first).doesNotContain(third);
    }

    @Test
    void aPurgedClaimTakesTheBatchPdfItWasPrintedInWithIt() {
        Submitted purged = denied(withMail(aClaim(), true));
        Submitted kept = denied(withMail(aClaim(), true));
        Response batch = postJson("pat", "/api/v1/staff/print-batches", Map.of());
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        UUID batchId = UUID.fromString(batch.json().get("id").asText());

        store.forgetLettersOf(new UUID[] {claimIdOf(purged)});

        assertThat(jdbc.sql("select content_enc is null from print_batch where id = ?").param(batchId)
                .query(Boolean.class).single()).as("the PDF names the purged survivor").isTrue();
        assertThat(jdbc.sql("select count(*) from print_batch_letter b join letter l on l.id = b.letter_id where b.print_batch_id = ? and l.claim_id = ?")
                .params(batchId, claimIdOf(kept)).query(Integer.class).single()).isPositive();
    }

    private UUID claimIdOf(Submitted claim) {
        return jdbc.sql("select id from claim where reference = ?").param(claim.reference()).query(UUID.class).single();
    }

    private UUID firstLetter(Submitted claim) {
        return jdbc.sql("select l.id from letter l join claim c on c.id = l.claim_id where c.reference = ? order by l.created_at limit 1")
                .param(claim.reference()).query(UUID.class).single();
    }

    private Instant issuedAt(UUID letter) {
        return jdbc.sql("select created_at from letter where id = ?").param(letter).query(java.sql.Timestamp.class).single().toInstant();
    }

    private static ObjectNode withMail(ObjectNode claim, boolean safe) {
        ((ObjectNode) claim.get("applicant").get("safeContact")).put("mail", safe);
        return claim;
    }

    private Submitted denied(ObjectNode body) {
        Submitted claim = submit(body);
        awaitWorkItem("casey", claim.reference(), "REVIEW");
        Response denied = postJson("casey", "/api/v1/staff/claims/" + claim.reference() + "/review",
                Map.of("decision", "DENY", "reasonCode", "EXPENSES_NOT_COVERED", "note", "cosmetic costs"));
        assertThat(denied.status()).as(denied.body()).isEqualTo(200);
        return claim;
    }

    private static String name(ObjectNode claim) {
        return claim.get("applicant").get("firstName").asText() + " " + claim.get("applicant").get("lastName").asText();
    }

    private static String line1(ObjectNode claim) {
        return claim.get("applicant").get("mailingAddress").get("line1").asText();
    }

    private String pdfText(String batchId) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                as("pat", request("/api/v1/staff/print-batches/" + batchId + "/file")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
