package org.victimcompensation.letters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.letters.LetterKind;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The only writer of {@code letter}: each PDF sealed and bound to its row, like a survivor's document. */
@Repository
class LetterStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    LetterStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(UUID id, UUID claimId, LetterKind kind, String language, Instant at, byte[] pdf) {
        String keyId = cipher.activeKeyId();
        jdbc.sql("""
                        insert into letter (id, claim_id, kind, language, created_at, key_id, content_enc)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, claimId, kind.name(), language, Timestamp.from(at), keyId,
                        cipher.sealBytes(pdf, keyId, "letter.content:" + id))
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

    Optional<Letters.LetterContent> content(UUID claimId, UUID id) {
        return jdbc.sql("select kind, key_id, content_enc from letter where id = ? and claim_id = ?").params(id, claimId)
                .query((rs, i) -> new Letters.LetterContent(LetterKind.valueOf(rs.getString("kind")),
                        cipher.openBytes(rs.getBytes("content_enc"), rs.getString("key_id"), "letter.content:" + id)))
                .optional();
    }
}
