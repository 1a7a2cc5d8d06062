package org.victimcompensation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A survivor applies without a police report, checks status, adds a document, withdraws. */
class SurvivorApiTest extends ApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void aSurvivorAppliesWithoutAPoliceReportAndChecksStatus() {
        ObjectNode claim = aClaim();
        Response created = postJson("/api/v1/claims", write(claim));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String reference = body.get("reference").asText();
        assertThat(reference).matches("VC-\\d{4}-[0-9A-Z]{8}");
        assertThat(body.get("accessCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(body.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/v1/claims/" + reference);
        assertThat(created.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        Response status = survivorGet(new Submitted(reference, body.get("accessCode").asText()));
        assertThat(status.status()).isEqualTo(200);
        JsonNode view = status.json();
        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("status").asText()).isIn("SUBMITTED", "IN_REVIEW");
        assertThat(view.get("submittedAt").asText()).isNotBlank();
        assertThat(view.get("awards")).isEmpty();
        assertThat(view.get("payments")).isEmpty();
        assertThat(view.get("nextSteps").asText()).isNotBlank();
        assertThat(view.has("decision")).isFalse();
        assertThat(status.body()).doesNotContain(claim.get("applicant").get("lastName").asText());
    }

    @Test
    void aWrongAccessCodeAnswersExactlyLikeAnUnknownReference() {
        Submitted claim = submit(aClaim());

        Response wrongCode = survivorGet(new Submitted(claim.reference(), "AAAA-BBBB-CCCC"));
        Response unknown = survivorGet(new Submitted("VC-2026-ZZZZZZZZ", claim.accessCode()));
        Response noCode = send(request("/api/v1/claims/" + claim.reference()).GET());

        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(wrongCode.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(noCode.status()).isEqualTo(404);
        assertThat(withoutInstance(wrongCode.json())).isEqualTo(withoutInstance(unknown.json()));
    }

    @Test
    void repeatedFailuresAreThrottledForKnownAndUnknownReferencesAlike() {
        Submitted claim = submit(aClaim());
        String unknown = "VC-2026-" + "QRST" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()
                .replaceAll("[^0-9A-HJKMNP-TV-Z]", "0");
        for (int i = 0; i < 5; i++) {
            assertThat(survivorGet(new Submitted(claim.reference(), "AAAA-BBBB-CCC" + i)).status()).isEqualTo(404);
            assertThat(survivorGet(new Submitted(unknown, "AAAA-BBBB-CCC" + i)).status()).isEqualTo(404);
        }
        assertThat(survivorGet(claim).status()).isEqualTo(429);
        assertThat(survivorGet(new Submitted(unknown, "AAAA-BBBB-CCCC")).status()).isEqualTo(429);
    }

    @Test
    void aSurvivorAddsAPhotoAndIsRefusedAnythingElse() {
        Submitted claim = submit(aClaim());

        Response added = upload(claim, "receipt.png", PNG, "RECEIPT");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("contentType").asText()).isEqualTo("image/png");

        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        Response refused = upload(claim, "photo.jpg", executable, "RECEIPT");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");

        Response badKind = upload(claim, "receipt.png", PNG, "PASSPORT_SCAN");
        assertThat(badKind.status()).isEqualTo(400);
        Response wrongCode = upload(new Submitted(claim.reference(), "AAAA-AAAA-AAAA"), "receipt.png", PNG, "RECEIPT");
        assertThat(wrongCode.status()).isEqualTo(404);
    }

    @Test
    void aFileNameCannotDisguiseItsEnding() {
        Submitted claim = submit(aClaim());

        Response added = upload(claim, "scan" + Character.toString(0x202E) + "gnp" + Character.toString(0x200B) + ".exe",
                PNG, "RECEIPT");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("fileName").asText()).isEqualTo("scangnp.exe");
    }

    @Test
    void aSurvivorMayWithdrawOnce() {
        Submitted claim = submit(aClaim());

        Response withdrawn = survivorPost(claim, "withdrawal", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(survivorPost(claim, "withdrawal", null).status()).isEqualTo(409);
        assertThat(survivorGet(claim).json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawingWhileScreeningRunsAlwaysWorks() {
        // Screening runs in the job executor right after intake; a withdrawal racing it is retried, never refused.
        for (int i = 0; i < 10; i++) {
            Submitted claim = submit(aClaim());
            Response withdrawn = survivorPost(claim, "withdrawal", null);
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        }
    }

    @Test
    void anAppealBeforeAnyDenialIsAConflict() {
        Submitted claim = submit(aClaim());
        Response appeal = survivorPost(claim, "appeal", Map.of("reason", "I disagree"));
        assertThat(appeal.status()).isEqualTo(409);
        assertThat(appeal.contentType()).startsWith("application/problem+json");
    }

    private Response upload(Submitted claim, String fileName, byte[] content, String kind) {
        return postMultipart(request("/api/v1/claims/" + claim.reference() + "/documents")
                .header(ACCESS_CODE, claim.accessCode()), Map.of("kind", kind), fileName, content);
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ((ObjectNode) problem).remove("instance");
        return problem;
    }
}
