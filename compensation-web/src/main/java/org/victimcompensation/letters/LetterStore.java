package org.victimcompensation.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.letters.LetterKind;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only writer of {@code letter}: what a letter says, sealed, until it is laid out; then its PDF,
 * sealed and bound to its row like a survivor's document.
 */
@Repository
class LetterStore {

    /** The columns {@link #stored} reads. */
    private static final String STORED = "id, kind, key_id, content_enc, facts_enc";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final ObjectMapper json;

    LetterStore(JdbcClient jdbc, FieldCipher cipher, ObjectMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** A letter as stored: its PDF once laid out, else what it says, still sealed (opened by {@link #facts}). */
    record Stored(UUID id, LetterKind kind, byte[] pdf, String keyId, byte[] sealedFacts) {
    }

    void insert(UUID id, LetterFacts facts, Instant at) {
        String keyId = cipher.activeKeyId();
        byte[] said;
        try {
            said = json.writeValueAsBytes(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("letter facts could not be written", e);
        }
        jdbc.sql("""
                        insert into letter (id, claim_id, kind, language, created_at, key_id, facts_enc)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, facts.claimId(), facts.kind().name(), facts.language(), Timestamp.from(at), keyId,
                        cipher.sealBytes(said, keyId, "letter.facts:" + id))
                .update();
    }

    /** The PDF replaces what the letter says, unless another node laid it out first. */
    void laidOut(UUID id, byte[] pdf) {
        String keyId = cipher.activeKeyId();
        jdbc.sql("update letter set key_id = ?, content_enc = ?, facts_enc = null where id = ? and content_enc is null")
                .params(keyId, cipher.sealBytes(pdf, keyId, "letter.content:" + id), id)
                .update();
    }

    List<Letters.LetterInfo> list(UUID claimId) {
        return jdbc.sql("select id, kind, created_at, language from letter where claim_id = ? order by created_at, id")
                .param(claimId)
                .query((rs, i) -> new Letters.LetterInfo(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("language")))
                .list();
    }

    int deleteOf(UUID[] claimIds) {
        return jdbc.sql("delete from letter where claim_id = any(?)").param(claimIds).update();
    }

    Optional<Stored> find(UUID claimId, UUID id) {
        return one(claimId, id, "");
    }

    /** One letter, its row locked until the transaction ends, so it is laid out once. */
    Optional<Stored> lock(UUID claimId, UUID id) {
        return one(claimId, id, " for update");
    }

    private Optional<Stored> one(UUID claimId, UUID id, String locking) {
        return jdbc.sql("select " + STORED + " from letter where id = ? and claim_id = ?" + locking)
                .params(id, claimId)
                .query((rs, i) -> stored(rs))
                .optional();
    }

    /** The oldest letters not laid out yet, locked; rows another node holds are skipped, as are {@code except}. */
    List<Stored> lockWaiting(int limit, Collection<UUID> except) {
        return jdbc.sql("""
                        select %s from letter
                        where content_enc is null and not (id = any(?))
                        order by created_at limit ? for update skip locked""".formatted(STORED))
                .params(except.toArray(UUID[]::new), limit)
                .query((rs, i) -> stored(rs))
                .list();
    }

    /** What a waiting letter says; throws when it cannot be opened (a retired key, a changed record). */
    LetterFacts facts(Stored letter) {
        try {
            return json.readValue(cipher.openBytes(letter.sealedFacts(), letter.keyId(), "letter.facts:" + letter.id()),
                    LetterFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stored stored(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String keyId = rs.getString("key_id");
        byte[] pdf = rs.getBytes("content_enc");
        return new Stored(id, LetterKind.valueOf(rs.getString("kind")),
                pdf == null ? null : cipher.openBytes(pdf, keyId, "letter.content:" + id), keyId, rs.getBytes("facts_enc"));
    }
}
