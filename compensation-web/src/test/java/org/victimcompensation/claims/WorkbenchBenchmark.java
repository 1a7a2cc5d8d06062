package org.victimcompensation.claims;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.victimcompensation.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.domain.claim.AccessCode;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ClaimProcessStart;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's workbench at a program's volume: N open claims (default 50,000), then the p95 of
 * the first queue page, a filtered page, a name + date-of-birth search and the claim file through the
 * API (the filters on the engine's task, and on the claim's status and crime type), and the console's
 * queue and claim pages rendered server-side. Not a timed test: it prints its figures.
 * Run with the command in the README (section Benchmarks); -Dbenchmark.claims=N changes the size.
 * <p>
 * The generator does what intake does for each claim ({@link ClaimStore#insert} with every personal
 * field sealed and the keyed look-up hash, the SUBMITTED event, {@link ClaimProcess#start} in the same
 * transaction), 200 claims per transaction, and the job executor then screens each one into the
 * queue, as in service. It skips only what makes one submission slow on purpose: every claim shares
 * one PBKDF2 access-code hash. The database is its own and is recreated on each run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${benchmark.database:"
                + WorkbenchBenchmark.DEFAULT_DATABASE + "}")
@ActiveProfiles({"demo", "benchmark"})
class WorkbenchBenchmark {

    static final String DEFAULT_DATABASE = "compensation_workbench_bench";
    /** -Dbenchmark.database=NAME runs on another database (it is dropped and created again). */
    private static final String DATABASE = System.getProperty("benchmark.database", DEFAULT_DATABASE);
    private static final int CLAIMS = Integer.getInteger("benchmark.claims", 50_000);
    private static final int BATCH = 200;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    static {
        // A fresh database each run, before the context creates it: the engine's tables hold the last run's tasks.
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL is needed at 127.0.0.1:5432", e);
        }
    }


    @LocalServerPort
    int port;
    @Autowired
    ClaimStore store;
    @Autowired
    ClaimProcess process;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theWorkbenchAtAProgramsVolume() throws Exception {
        long start = System.nanoTime();
        List<String> references = seed();
        long inserted = System.nanoTime();
        awaitScreened();
        long screened = System.nanoTime();
        analyze();

        String someone = references.get(references.size() / 2);
        int g = references.size() / 2;
        System.out.printf("%nWORKBENCH BENCHMARK (%,d open claims)%n", CLAIMS);
        System.out.printf("  seeding: claims and process instances %6.1f s, screening by the job executor %6.1f s%n",
                (inserted - start) / 1e9, (screened - inserted) / 1e9);
        // The baseline: a signed-in API call that finds nothing. Most of it is checking the demo's
        // bcrypt password on every HTTP Basic call (OIDC bearer tokens do not pay it).
        report("API  baseline: sign-in and an unknown claim (404)", i -> "/api/v1/staff/claims/VC-2026-ZZZZZZZZ", 404);
        report("API  first queue page (50, due order)", i -> "/api/v1/staff/queue");
        report("API  filtered page (unassigned REVIEW, by priority, page 3)",
                i -> "/api/v1/staff/queue?assignee=none&type=REVIEW&sort=priority&page=3");
        report("API  filtered page (in review, one crime type, by age, page 2)",
                i -> "/api/v1/staff/queue?status=IN_REVIEW&crimeType=" + CrimeType.values()[i % CrimeType.values().length]
                        + "&sort=age&page=2");
        report("API  search by last name + date of birth",
                i -> "/api/v1/staff/claims?lastName=" + lastName(i * 37 % CLAIMS) + "&dateOfBirth=" + birthDate(i * 37 % CLAIMS));
        report("API  claim file", i -> "/api/v1/staff/claims/" + references.get(i * 53 % references.size()));
        HttpClient console = signedIn("casey");
        report(console, "page first queue page (server-side render)", i -> "/staff");
        report(console, "page claim file (server-side render)", i -> "/staff/claims/" + references.get(i * 53 % references.size()));
        assertThat(get(http, "/api/v1/staff/claims?lastName=" + lastName(g) + "&dateOfBirth=" + birthDate(g)).body())
                .contains(someone);
        System.out.println();
    }

    /** What intake writes for each claim, {@value #BATCH} claims per transaction. */
    private List<String> seed() {
        String accessCodeHash = AccessCode.hash("BENC-HMAR-KCOD", cipher.activeKeyId(), cipher::accessCodeMac);
        Instant now = Instant.now();
        List<String> references = new ArrayList<>(CLAIMS);
        for (int from = 0; from < CLAIMS; from += BATCH) {
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int g = first; g < Math.min(CLAIMS, first + BATCH); g++) {
                    ClaimApplication application = application(g);
                    UUID id = UUID.randomUUID();
                    String reference = String.format("VC-2026-B%07d", g);
                    boolean emergency = g % 10 == 0;
                    boolean violence = application.crime().flags().contains(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE);
                    Instant submitted = now.minus(g % 90, ChronoUnit.DAYS).minusSeconds(g);
                    store.insert(new ClaimStore.NewClaim(id, reference, accessCodeHash, application, submitted, true, false,
                            "AGE_25_59", cipher.lookupHash(lastName(g).toLowerCase(Locale.ROOT) + "|" + birthDate(g)),
                            cipher.lookupHash("victim|" + g)));
                    store.recordEvent(id, submitted, "applicant", ClaimEvent.Kind.SUBMITTED);
                    process.start(new ClaimProcessStart(id, reference, emergency,
                            emergency ? now.plus(g % 5 - 2, ChronoUnit.DAYS) : null,
                            application.crime().type() == CrimeType.HOMICIDE, violence, false, true));
                    references.add(reference);
                }
            });
        }
        return references;
    }

    /** As the owner: the application's role owns no table, so its ANALYZE would skip them all (autovacuum does it in service). */
    private static void analyze() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "")) {
            c.createStatement().execute("analyze");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitScreened() {
        Awaitility.await("every claim screened").atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from act_ru_task").query(Long.class).single() >= CLAIMS);
    }

    private static ClaimApplication application(int g) {
        CrimeType[] types = CrimeType.values();
        return new ClaimApplication(
                new ClaimApplication.Applicant("Bench" + g, lastName(g), birthDate(g), g % 4 == 0 ? "es" : "en",
                        "b" + g + "@example.org", "555-0100", null, null, new ClaimApplication.SafeContact(false, true, false, true)),
                ApplicantRole.VICTIM, null,
                new ClaimApplication.Crime(types[g % types.length], LocalDate.of(2026, 1, 1).plusDays(g % 300), "Fresno", "CA",
                        "Generated claim " + g, null, g % 4 == 0 ? Set.of(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE) : Set.of()),
                new ClaimApplication.Verification(VerificationSource.VICTIM_ADVOCATE, "Safe Harbor", null),
                List.of(new ClaimApplication.Expense(ExpenseCategory.MEDICAL_DENTAL, Money.dollars(100 + g % 5000),
                                Payee.PROVIDER, "Valley Clinic", null),
                        new ClaimApplication.Expense(ExpenseCategory.RELOCATION, Money.dollars(500 + g % 2000),
                                Payee.APPLICANT, null, null)),
                List.of(), g % 10 == 0, null, null);
    }

    private static String lastName(int g) {
        return "Benchmark" + Integer.toString(g, 36);
    }

    private static LocalDate birthDate(int g) {
        return LocalDate.of(1950, 1, 1).plusDays(g % 20_000);
    }

    private void report(String what, IntFunction<String> path) {
        report(null, what, path, 200);
    }

    private void report(String what, IntFunction<String> path, int status) {
        report(null, what, path, status);
    }

    private void report(HttpClient signedIn, String what, IntFunction<String> path) {
        report(signedIn, what, path, 200);
    }

    /** Warms up, then measures {@value #MEASURED} calls one after another; prints median and p95. */
    private void report(HttpClient signedIn, String what, IntFunction<String> path, int status) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = signedIn == null ? get(http, path.apply(i)) : page(signedIn, path.apply(i));
            long took = System.nanoTime() - start;
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
            if (i >= WARM_UP) {
                nanos.add(took);
            }
        }
        Collections.sort(nanos);
        System.out.printf("  %-62s median %6.1f ms, p95 %6.1f ms%n", what, nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6);
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("casey:casey-demo".getBytes(StandardCharsets.UTF_8))).GET());
    }

    private HttpResponse<String> page(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A browser-like client signed in to the console through its form. */
    private HttpClient signedIn(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = ApiTest.csrfToken(page(browser, "/staff/login").body());
        String form = "username=" + user + "&password=" + user + "-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        send(browser, HttpRequest.newBuilder(uri("/staff/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return browser;
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
