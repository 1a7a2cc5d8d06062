package org.victimcompensation.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.domain.claim.AccessCode;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications saved page by page, so a survivor can leave and come back with a draft code. The
 * answers are sealed like a claim's personal data; the code is kept only as a keyed hash.
 */
@Component
class ApplicationDrafts {

    static final Duration KEPT_FOR = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApplicationDrafts(JdbcClient jdbc, FieldCipher cipher, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    record Started(UUID id, String code) {
    }

    @Transactional
    Started start() {
        UUID id = UUID.randomUUID();
        String code = AccessCode.generate(random);
        Instant now = clock.instant();
        jdbc.sql("insert into application_draft (id, code_hash, answers, updated_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(id, codeHash(code), seal(id, Map.of()), Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)))
                .update();
        return new Started(id, code);
    }

    Optional<UUID> find(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select id from application_draft where code_hash = ? and expires_at > ?")
                .params(codeHash(code), Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    /** False once the draft is gone: submitted (perhaps by another click of the same button), or purged. */
    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from application_draft where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** The draft's answers; none when it is gone (submitted by another click, or expired). */
    Map<String, String> answers(UUID id) {
        String sealed = jdbc.sql("select answers from application_draft where id = ?").param(id).query(String.class)
                .optional().orElse(null);
        if (sealed == null) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(json.readValue(cipher.open(sealed, "application_draft.answers:" + id),
                    new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft could not be read", e);
        }
    }

    @Transactional
    void save(UUID id, Map<String, String> answers) {
        Instant now = clock.instant();
        jdbc.sql("update application_draft set answers = ?, updated_at = ?, expires_at = ? where id = ?")
                .params(seal(id, answers), Timestamp.from(now), Timestamp.from(now.plus(KEPT_FOR)), id)
                .update();
    }

    /** Drafts past their date are never opened again; the retention purge deletes them. */
    int deleteExpired() {
        return jdbc.sql("delete from application_draft where expires_at <= ?").param(Timestamp.from(clock.instant())).update();
    }

    @Transactional
    void delete(UUID id) {
        jdbc.sql("delete from application_draft where id = ?").param(id).update();
    }

    private String seal(UUID id, Map<String, String> answers) {
        try {
            return cipher.seal(json.writeValueAsString(answers), "application_draft.answers:" + id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String codeHash(String code) {
        return cipher.lookupHash("draft|" + code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
