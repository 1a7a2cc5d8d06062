package org.victimcompensation.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake that survives lost answers and retries (PRODUCT.md 4.1, Idempotency-Key), access codes
 * hashed for what they are, a throttle every node shares, and overload answered with 503.
 */
class IntakeApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void aRepeatedSubmissionWithTheSameKeyGetsTheSameClaimAndANewCode() {
        ObjectNode claim = aClaim();
        String key = "retry-" + UUID.randomUUID();

        Response first = submitWithKey(key, claim);
        Response repeat = submitWithKey(key, claim);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(201);
        String reference = first.json().get("reference").asText();
        assertThat(repeat.json().get("reference").asText()).isEqualTo(reference);
        assertThat(repeat.json().get("status").asText()).isEqualTo("SUBMITTED");
        // The first code was shown only in the answer that was lost: the repeat's new code replaces it.
        assertThat(survivorGet(new Submitted(reference, first.json().get("accessCode").asText())).status()).isEqualTo(404);
        assertThat(survivorGet(new Submitted(reference, repeat.json().get("accessCode").asText())).status()).isEqualTo(200);
        assertThat(claimsNamed(claim)).isEqualTo(1);
    }

    @Test
    void aKeyReplayedAfterADayIsNotARetry() {
        ObjectNode claim = aClaim();
        String key = "late-" + UUID.randomUUID();
        Response first = submitWithKey(key, claim);
        assertThat(first.status()).isEqualTo(201);
        jdbc.sql("update intake_request set created_at = created_at - interval '2 days' where idempotency_key = ?")
                .param("api:" + key).update();

        Response late = submitWithKey(key, claim);

        assertThat(late.status()).isEqualTo(422);
        // The survivor's code still opens: a late replay took nothing over.
        assertThat(survivorGet(new Submitted(first.json().get("reference").asText(),
                first.json().get("accessCode").asText())).status()).isEqualTo(200);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndMakesNothing() {
        ObjectNode claim = aClaim();
        ObjectNode other = aClaim();
        String key = "k-" + UUID.randomUUID();
        assertThat(submitWithKey(key, claim).status()).isEqualTo(201);

        Response refused = submitWithKey(key, other);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(claimsNamed(other)).isZero();
        for (String bad : List.of("", "with space", "x".repeat(129))) {
            Response malformed = submitWithKey(bad, aClaim());
            assertThat(malformed.status()).as("key '%s'", bad).isEqualTo(400);
        }
    }

    @Test
    void concurrentRetriesMakeOneClaim() throws Exception {
        ObjectNode claim = aClaim();
        String key = "burst-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> submitWithKey(key, claim)));
            }
            List<String> references = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                references.add(response.json().get("reference").asText());
            }
            assertThat(references).containsOnly(references.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(claimsNamed(claim)).isEqualTo(1);
    }

    @Test
    void accessCodesAreKeyedHashesAndOldPbkdf2HashesAreReplacedAfterTheRightCode() {
        Submitted claim = submit(aClaim());
        assertThat(hashOf(claim.reference())).startsWith("hmac-sha256$demo-2026$");

        // A claim from the first round, its code hashed with PBKDF2 (210,000 iterations).
        String pbkdf2 = "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$" + legacyDigest(claim.accessCode());
        jdbc.sql("update claim set access_code_hash = ? where reference = ?").params(pbkdf2, claim.reference()).update();
        assertThat(survivorGet(claim).status()).isEqualTo(200);
        assertThat(hashOf(claim.reference())).startsWith("hmac-sha256$demo-2026$");
        assertThat(survivorGet(claim).status()).isEqualTo(200);
    }

    @Test
    void theThrottleIsCountedInTheDatabaseSoEveryNodeSeesIt() {
        Submitted claim = submit(aClaim());
        for (int i = 0; i < 5; i++) {
            send(request("/api/v1/claims/" + claim.reference()).header(ACCESS_CODE, "WRONG-" + i)
                    .header("X-Forwarded-For", "192.0.2.44").GET());
        }
        // A second node: its own throttle object, the same database.
        AccessCodeThrottle otherNode = new AccessCodeThrottle(jdbc, cipher, new ClaimsSettings(
                new ClaimsSettings.AccessCode(5, Duration.ofMinutes(15)), new ClaimsSettings.Documents(10_485_760)), clock);
        assertThatThrownBy(() -> otherNode.check("192.0.2.44", claim.reference()))
                .isInstanceOf(org.victimcompensation.api.TooManyRequestsException.class);
    }

    @Test
    void whenEveryDatabaseConnectionIsBusyIntakeAnswers503WithRetryAfter() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            while (true) { // the whole pool, as under overload
                try {
                    held.add(dataSource.getConnection());
                } catch (java.sql.SQLException exhausted) {
                    break;
                }
            }
            Response busy = postJson("/api/v1/claims", write(aClaim()));
            assertThat(busy.status()).as(busy.body()).isEqualTo(503);
            assertThat(busy.raw().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(busy.contentType()).startsWith("application/problem+json");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private Response submitWithKey(String key, ObjectNode claim) {
        return send(request("/api/v1/claims").header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(write(claim))));
    }

    private int claimsNamed(ObjectNode claim) {
        String lastName = claim.get("applicant").get("lastName").asText();
        String dateOfBirth = claim.get("applicant").get("dateOfBirth").asText();
        // Names are sealed; the keyed look-up hash finds them without opening anything.
        return jdbc.sql("select count(*) from claim where applicant_lookup_hash = ?")
                .param(lookup(lastName, dateOfBirth)).query(Integer.class).single();
    }

    @Autowired
    org.victimcompensation.infra.crypto.FieldCipher cipher;

    private String lookup(String lastName, String dateOfBirth) {
        return cipher.lookupHash(lastName.trim().toLowerCase(java.util.Locale.ROOT) + "|" + dateOfBirth);
    }

    private String hashOf(String reference) {
        return jdbc.sql("select access_code_hash from claim where reference = ?").param(reference).query(String.class).single();
    }

    private static String legacyDigest(String code) {
        try {
            var spec = new javax.crypto.spec.PBEKeySpec(code.replace("-", "").toCharArray(), new byte[16], 1000, 256);
            return java.util.Base64.getEncoder().encodeToString(
                    javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
