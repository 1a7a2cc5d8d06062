package org.victimcompensation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.victimcompensation.infra.database.ClusterLock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the API integration tests: the whole service on a random port, the real PostgreSQL and
 * engine, one Spring context shared by every test class (same configuration, so Spring caches it).
 * Tests talk plain HTTP, as other systems do. Each test makes its own claims, so tests do not
 * depend on what earlier runs left in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics export as in production, for the Prometheus endpoint
@ActiveProfiles({"demo", "test"})
@Import(TestClock.Configuration.class) // one context for every API test, with a clock a test may move
public abstract class ApiTest {

    protected static final String ACCESS_CODE = "X-Claim-Access-Code";

    /** The external payment gateway, the one thing the tests stand in for; shared by every test class. */
    protected static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort()
            .http2PlainDisabled(true).globalTemplating(true));

    /** The SMTP server survivors' email notices go to (real SMTP: GreenMail); a test may stop it and start it again. */
    protected static GreenMail mailServer;

    private static final int SMTP_PORT;

    static {
        GATEWAY.start();
        try (ServerSocket free = new ServerSocket(0)) {
            SMTP_PORT = free.getLocalPort();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        startMailServer();
    }

    /** The gateway as PRODUCT.md describes it on a good day: every payment accepted, its id made from the key. */
    protected static void gatewayAcceptsEveryPayment() {
        GATEWAY.resetAll();
        GATEWAY.stubFor(post("/payments").atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"gatewayId\": \"GW-{{request.headers.Idempotency-Key}}\", \"status\": \"ACCEPTED\"}")));
    }

    /** What a test does while another node holds a cluster lock. */
    protected interface Meanwhile {
        void run() throws Exception;
    }

    /**
     * Runs {@code meanwhile} while another session, standing in for another node, holds the cluster
     * lock {@code name}; then checks that session got the lock and let it go.
     */
    protected static void whileAnotherNodeHolds(ClusterLock lock, String name, Meanwhile meanwhile) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> otherNode = CompletableFuture.supplyAsync(() -> {
            try {
                return lock.runExclusively(name, () -> {
                    holding.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            meanwhile.run();
        } finally {
            release.countDown();
        }
        assertThat(otherNode.get(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts the SMTP server (again, after a test stopped it) on the port the service was given. */
    protected static void startMailServer() {
        mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("compensation.payments.gateway-url", GATEWAY::baseUrl);
        // Quick exit leaves for another site; in tests that site is WireMock's.
        properties.add("compensation.web.quick-exit-url", () -> GATEWAY.baseUrl() + "/weather");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public record Submitted(String reference, String accessCode) {
    }

    protected Response send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /** Sends with another client, e.g. one that keeps cookies like a browser. */
    protected Response send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    protected HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        String credentials = user + ":" + user + "-demo";
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    protected Response postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    protected Response postJson(String user, String path, Object body) {
        return send(as(user, request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    protected Response get(String user, String path) {
        return send(as(user, request(path)).GET());
    }

    protected Response survivorGet(Submitted claim) {
        return send(request("/api/v1/claims/" + claim.reference()).header(ACCESS_CODE, claim.accessCode()).GET());
    }

    protected Response survivorPost(Submitted claim, String action, Object body) {
        return send(request("/api/v1/claims/" + claim.reference() + "/" + action).header(ACCESS_CODE, claim.accessCode())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : write(body))));
    }

    /** Posts a multipart form: the text fields, then one file part named "file". */
    protected Response postMultipart(HttpRequest.Builder request, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "b" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    protected Submitted submit(ObjectNode claim) {
        Response response = postJson("/api/v1/claims", write(claim));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new Submitted(response.json().get("reference").asText(), response.json().get("accessCode").asText());
    }

    /** Waits (screening runs in the job executor right after intake commits) for a work item on a claim. */
    protected JsonNode awaitWorkItem(String user, String reference, String taskType) {
        return eventually("a " + taskType + " work item for " + reference, () -> {
            JsonNode page = get(user, "/api/v1/staff/queue?claimReference=" + reference + "&type=" + taskType).json();
            return page.get("total").asLong() == 0 ? Optional.empty() : Optional.of(page.get("items").get(0));
        });
    }

    /** Waits until the probe finds what background work (job executor, batch jobs) produces, and returns it. */
    protected static <T> T eventually(String what, Supplier<Optional<T>> probe) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(probe::get, Optional::isPresent).orElseThrow();
    }

    /** The CSRF token a browser finds in a page's form. */
    public static String csrfToken(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    protected String write(Object body) {
        try {
            return body instanceof String s ? s : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A complete claim by a survivor with no police report: verified by a victim advocate. Names are
     * made unique so tests can look for them in tables and logs.
     */
    protected ObjectNode aClaim() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode claim = json.createObjectNode();
        ObjectNode applicant = claim.putObject("applicant");
        applicant.put("firstName", "Marisol" + unique);
        applicant.put("lastName", "Quintero" + unique);
        applicant.put("dateOfBirth", "1990-03-14");
        applicant.put("preferredLanguage", "en");
        applicant.put("email", "m" + unique + "@example.org");
        applicant.put("phone", "555-0100");
        ObjectNode address = applicant.putObject("mailingAddress");
        address.put("line1", "12 Hidden Lane " + unique);
        address.put("city", "Fresno");
        address.put("state", "CA");
        address.put("postalCode", "93701");
        ObjectNode safe = applicant.putObject("safeContact");
        safe.put("mail", false);
        safe.put("phone", true);
        safe.put("voicemail", false);
        safe.put("email", true);
        claim.put("applicantRole", "VICTIM");
        ObjectNode crime = claim.putObject("crime");
        crime.put("type", "ASSAULT");
        crime.put("occurredOn", LocalDate.now().minusDays(30).toString());
        crime.put("state", "CA");
        crime.put("county", "Fresno");
        crime.put("description", "Attacked by former partner " + unique);
        ObjectNode verification = claim.putObject("verification");
        verification.put("source", "VICTIM_ADVOCATE");
        verification.put("providerName", "Safe Harbor DV Program");
        var expenses = claim.putArray("expenses");
        ObjectNode medical = expenses.addObject();
        medical.put("category", "MEDICAL_DENTAL");
        medical.put("amount", "3000.00");
        medical.put("payee", "PROVIDER");
        medical.put("providerName", "Valley Clinic");
        ObjectNode relocation = expenses.addObject();
        relocation.put("category", "RELOCATION");
        relocation.put("amount", "2600.00");
        relocation.put("payee", "APPLICANT");
        return claim;
    }
}
