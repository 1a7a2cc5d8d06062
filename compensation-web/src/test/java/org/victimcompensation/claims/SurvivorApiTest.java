package org.victimcompensation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A survivor applies without a police report, checks status, adds a document, withdraws. */
class SurvivorApiTest extends ApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final long FIFTY_MB = 50L * 1024 * 1024;

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

    /**
     * Survivors of ongoing or childhood abuse may know only the month or year, or a period: two
     * optional crime fields say so; a claim without them is known to the day, as before.
     */
    @Test
    void aCrimeDateKnownOnlyToTheMonthOverAPeriodAndNobodyToConfirmItYet() {
        ObjectNode claim = aClaim();
        ObjectNode crime = (ObjectNode) claim.get("crime");
        crime.put("occurredOn", "2019-03-17");
        crime.put("occurredOnPrecision", "MONTH");
        crime.put("occurredUntil", "2024-11-02");
        ((ObjectNode) claim.get("verification")).put("source", "NOT_YET").remove("providerName");
        Submitted submitted = submit(claim);

        JsonNode filed = get("casey", "/api/v1/staff/claims/" + submitted.reference()).json().get("application");
        assertThat(filed.get("crime").get("occurredOn").asText()).isEqualTo("2019-03-01");
        assertThat(filed.get("crime").get("occurredOnPrecision").asText()).isEqualTo("MONTH");
        assertThat(filed.get("crime").get("occurredUntil").asText()).isEqualTo("2024-11-01");
        assertThat(filed.get("verification").get("source").asText()).isEqualTo("NOT_YET");

        JsonNode exact = get("casey", "/api/v1/staff/claims/" + submit(aClaim()).reference()).json().get("application");
        assertThat(exact.get("crime").get("occurredOnPrecision").asText()).isEqualTo("DAY");
        assertThat(exact.get("crime").has("occurredUntil")).isFalse();

        crime.put("occurredOnPrecision", "YEAR");
        crime.put("occurredOn", "2024-06-01");
        crime.put("occurredUntil", "2023-12-31");
        Response backwards = postJson("/api/v1/claims", write(claim));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("crime.occurredUntil");
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
    void repeatedWrongCodesAreThrottledForKnownAndUnknownReferencesAlike() {
        Submitted claim = submit(aClaim());
        String unknown = "VC-2026-" + "QRST" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()
                .replaceAll("[^0-9A-HJKMNP-TV-Z]", "0");
        for (int i = 0; i < 5; i++) {
            assertThat(survivorGet(new Submitted(claim.reference(), "AAAA-BBBB-CCC" + i)).status()).isEqualTo(404);
            assertThat(survivorGet(new Submitted(unknown, "AAAA-BBBB-CCC" + i)).status()).isEqualTo(404);
        }
        assertThat(survivorGet(new Submitted(claim.reference(), "AAAA-BBBB-CCCC")).status()).isEqualTo(429);
        assertThat(survivorGet(new Submitted(unknown, "AAAA-BBBB-CCCC")).status()).isEqualTo(429);
        // Wrong tries never lock the survivor out: the right code still opens.
        assertThat(survivorGet(claim).status()).isEqualTo(200);
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
    void aDocumentIsNamedForWhatItReallyIs() {
        Submitted claim = submit(aClaim());

        Response added = upload(claim, "evil.html", "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII), "RECEIPT");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("fileName").asText()).isEqualTo("evil.pdf");

        JsonNode document = get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("documents").get(0);
        assertThat(document.get("fileName").asText()).isEqualTo("evil.pdf");
        Response download = get("casey", "/api/v1/staff/claims/" + claim.reference() + "/documents/"
                + document.get("id").asText());
        assertThat(download.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("evil.pdf").doesNotContain("html");
    }

    @Test
    void anUploadLargerThanADocumentIsRefusedBeforeItIsRead() throws IOException {
        Submitted claim = submit(aClaim());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        RawAnswer answer = rawUpload("/api/v1/claims/" + claim.reference() + "/documents",
                ACCESS_CODE + ": " + claim.accessCode() + "\r\n", Map.of("kind", "RECEIPT"), FIFTY_MB, false);
        long grown = memory.getHeapMemoryUsage().getUsed() - before;

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(FIFTY_MB);
        assertThat(grown).as("heap growth in bytes").isLessThan(20L * 1024 * 1024);
    }

    @Test
    void aChunkedUploadLargerThanADocumentIsRefusedBeforeItIsRead() throws IOException {
        Submitted claim = submit(aClaim());

        RawAnswer answer = rawUpload("/api/v1/claims/" + claim.reference() + "/documents",
                ACCESS_CODE + ": " + claim.accessCode() + "\r\n", Map.of("kind", "RECEIPT"), FIFTY_MB, true);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(FIFTY_MB);
    }

    @Test
    void theStatusPageRefusesAnUploadLargerThanADocumentWithItsUsualError() throws IOException {
        Submitted claim = submit(aClaim());
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String token = csrfToken(send(browser, request("/status").GET()).body());
        Response checked = send(browser, request("/status").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=" + claim.reference() + "&accessCode="
                        + claim.accessCode() + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(checked.status()).isEqualTo(302);
        token = csrfToken(send(browser, request("/status/view").GET()).body());
        String cookieHeader = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));

        RawAnswer answer = rawUpload("/status/documents", "Cookie: " + cookieHeader + "\r\n",
                Map.of("kind", "RECEIPT", "_csrf", token), FIFTY_MB, false);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/status/view");
        assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(FIFTY_MB);
        assertThat(send(browser, request("/status/view").GET()).body())
                .contains("Choose a PDF or a photo (JPEG, PNG, WebP or HEIC) of up to 10 MB.");
    }

    @Test
    void aFileNameCannotDisguiseItsEnding() {
        Submitted claim = submit(aClaim());

        Response added = upload(claim, "scan" + Character.toString(0x202E) + "gnp" + Character.toString(0x200B) + ".exe",
                PNG, "RECEIPT");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("fileName").asText()).isEqualTo("scangnp.png"); // and named for what it is
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

    /** The status line and headers a raw upload got back, and how much of its body had been sent by then. */
    private record RawAnswer(int status, List<String> head, long sent) {
        String header(String name) {
            return head.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /**
     * Posts a multipart form with a file of {@code size} bytes over a plain socket, with its
     * Content-Length or chunked, 64 KB at a time, and stops sending as soon as the service answers or
     * closes: a service that refuses the body without reading it answers long before it is all sent.
     */
    private RawAnswer rawUpload(String path, String headers, Map<String, String> fields, long size, boolean chunked)
            throws IOException {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append("--x\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n"));
        byte[] head = form.append("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n")
                .toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + (head.length + size + tail.length))
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            try {
                sent += write(out, head, head.length, chunked);
                byte[] zeros = new byte[64 * 1024];
                for (long left = size; left > 0 && in.available() == 0; left -= zeros.length) {
                    sent += write(out, zeros, (int) Math.min(zeros.length, left), chunked);
                }
                if (in.available() == 0) {
                    sent += write(out, tail, tail.length, chunked);
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                out.flush();
            } catch (IOException closed) {
                // The service stopped reading and closed the connection; its answer is already here.
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            List<String> answer = new ArrayList<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                answer.add(line);
            }
            return new RawAnswer(Integer.parseInt(answer.get(0).substring(9, 12)), answer, sent);
        }
    }

    private static int write(OutputStream out, byte[] data, int length, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(data, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return length;
    }


    private static JsonNode withoutInstance(JsonNode problem) {
        ((ObjectNode) problem).remove("instance");
        return problem;
    }

    @Test
    void aSurvivorChangesWhichChannelsAreSafe() {
        Submitted claim = submit(aClaim());
        java.util.function.Function<String, Response> put = body -> send(request("/api/v1/claims/" + claim.reference()
                + "/safe-contact").header(ACCESS_CODE, claim.accessCode()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        Response changed = put.apply("{\"mail\": true, \"phone\": false, \"voicemail\": false, \"email\": false}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        var safe = get("casey", "/api/v1/staff/claims/" + claim.reference()).json().get("application").get("applicant")
                .get("safeContact");
        assertThat(safe.get("mail").asBoolean()).isTrue();
        assertThat(safe.get("email").asBoolean()).isFalse();
        assertThat(put.apply("{\"mail\": true}").status()).as("every channel is answered").isEqualTo(400);
        assertThat(send(request("/api/v1/claims/" + claim.reference() + "/safe-contact").header(ACCESS_CODE, "WRONG-CODE-0000")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"mail\": false, \"phone\": false, "
                        + "\"voicemail\": false, \"email\": false}"))).status()).isEqualTo(404);
    }
}
