package org.victimcompensation.shipped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a program deploys it: the boot jar that {@code package} built, started with
 * {@code java -jar} on a fresh database, driven over HTTP. Runs in Failsafe's integration-test phase
 * (after the jar exists), so a jar that cannot process a claim fails {@code ./mvnw verify}.
 */
class ShippedJarIT {

    private static final String SERVER = "127.0.0.1:5432";
    /** Its own database each run, so builds side by side on one machine never share it. */
    private static final String DATABASE = "compensation_shipped_" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private Process service;
    private int port;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            c.createStatement().execute("create database " + DATABASE);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy(); // SIGTERM: a graceful shutdown, as an orchestrator does
            if (!service.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void theJarDeploysItsProcessesAndProcessesAClaim() throws Exception {
        start("demo", Map.of("compensation.demo.sample-claims", "false"), Map.of());

        HttpResponse<String> submitted = post("/api/v1/claims", Files.readString(sample("claim.json")), null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = JSON.readTree(submitted.body()).get("reference").asText();

        JsonNode item = awaitReviewItem(reference);
        assertThat(item.get("taskType").asText()).isEqualTo("REVIEW");
        assertThat(log()).contains("Process definitions:").contains("claim-review v1")
                .doesNotContain("ENGINE-08021");
    }

    @Test
    void outsideDemoTheEngineIsClosedAndTheFirstUserSetupUnreachable() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("COMPENSATION_CRYPTO_ACTIVE_KEY_ID", "k1");
        env.put("COMPENSATION_CRYPTO_KEYS_K1", Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'));
        env.put("COMPENSATION_CRYPTO_LOOKUP_KEY", Base64.getEncoder().encodeToString("a lookup key that is long enough!!".getBytes(StandardCharsets.UTF_8)));
        env.put("COMPENSATION_REPORTS_ZONE", "America/Chicago");
        start(null, Map.of(), env);

        assertRefused(get("/camunda/app/admin/default/setup/"));
        assertRefused(post("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\"},\"credentials\":{\"password\":\"pw-mallory-1\"}}", null));
        assertRefused(get("/engine-rest/deployment"));
        assertRefused(get("/camunda/app/cockpit/default/"));
        assertThat(log()).contains("profiles: [default]").contains("engine operations (Cockpit, engine REST): off");
    }

    /** Refused, or sent to the staff sign-in (which, outside demo, only OIDC can pass). */
    private static void assertRefused(HttpResponse<String> response) {
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/login"));
        } else {
            assertThat(response.statusCode()).as(response.uri().toString()).isIn(401, 403, 404);
        }
    }

    private void start(String profile, Map<String, String> properties, Map<String, String> env) throws Exception {
        Path jar = Path.of(System.getProperty("shipped.jar"));
        assertThat(jar).exists();
        port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://" + SERVER + "/" + DATABASE));
        if (profile != null) {
            command.add("--spring.profiles.active=" + profile);
        }
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        service = builder.start();
        Awaitility.await("the service ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    assertThat(service.isAlive()).as("the service stopped during start-up:%n%s", log()).isTrue();
                    try {
                        return get("/actuator/health/readiness").statusCode() == 200;
                    } catch (IOException notYet) {
                        return false; // not listening yet
                    }
                });
        System.out.printf("shipped jar (%s): ready in %.1f s, RSS %s%n", profile == null ? "no profile" : profile,
                (System.nanoTime() - started) / 1e9, rss(service.pid()));
    }

    private JsonNode awaitReviewItem(String reference) {
        return Awaitility.await("a work item for " + reference).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    HttpResponse<String> queue = send(HttpRequest.newBuilder(uri("/api/v1/staff/queue?claimReference=" + reference))
                            .header("Authorization", basic("casey", "casey-demo")).GET());
                    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
                    for (JsonNode item : JSON.readTree(queue.body()).get("items")) {
                        if (reference.equals(item.path("claimReference").asText())) {
                            return item;
                        }
                    }
                    return null;
                }, java.util.Objects::nonNull);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("${crimeDate}", LocalDate.now().minusDays(20).toString())));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Path sample(String name) {
        return Path.of("src/test/resources/shipped", name);
    }

    private static Path logFile() {
        return Path.of("target", "shipped-jar.log");
    }

    private static String log() {
        try {
            return Files.readString(logFile());
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
