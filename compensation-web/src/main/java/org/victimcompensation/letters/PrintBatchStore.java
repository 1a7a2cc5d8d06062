package org.victimcompensation.letters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The only writer of {@code print_batch} and {@code print_batch_letter}; the batch's PDF is sealed (names, addresses). */
@Repository
class PrintBatchStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PrintBatchStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record Unprinted(UUID letterId, UUID claimId, String language) {
    }

    /** Letters issued up to {@code until} that no batch has taken yet, oldest first. */
    /** The oldest letters not yet in a batch, issued from {@code from} (any time when null) until {@code until}. */
    List<Unprinted> unprinted(Instant from, Instant until, int limit) {
        return jdbc.sql("""
                        select l.id, l.claim_id, l.language from letter l
                        where l.created_at >= :from and l.created_at <= :until
                          and not exists (select 1 from print_batch_letter p where p.letter_id = l.id)
                        order by l.created_at, l.id
                        limit :limit""")
                .param("from", Timestamp.from(from == null ? Instant.EPOCH : from))
                .param("until", Timestamp.from(until)).param("limit", limit)
                .query((rs, i) -> new Unprinted(rs.getObject("id", UUID.class), rs.getObject("claim_id", UUID.class),
                        rs.getString("language")))
                .list();
    }

    void insert(UUID id, Instant at, String by, int letters, byte[] pdf) {
        String keyId = pdf == null ? null : cipher.activeKeyId();
        jdbc.sql("insert into print_batch (id, created_at, created_by, letters, key_id, content_enc) values (?, ?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(at), by, letters, keyId, pdf == null ? null : cipher.sealBytes(pdf, keyId, context(id)))
                .update();
    }

    void record(UUID batchId, UUID letterId, String outcome) {
        jdbc.sql("insert into print_batch_letter (letter_id, print_batch_id, outcome) values (?, ?, ?)")
                .params(letterId, batchId, outcome).update();
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select key_id, content_enc from print_batch where id = ? and content_enc is not null").param(id)
                .query((rs, i) -> cipher.openBytes(rs.getBytes("content_enc"), rs.getString("key_id"), context(id)))
                .optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from print_batch where id = ?").param(id).query(Integer.class).single() > 0;
    }

    private static String context(UUID id) {
        return "print_batch.content:" + id;
    }

    /**
     * The retention purge: a batch that printed any of the claims' letters loses its PDF (it holds their
     * names, addresses and letters), their print records go, and a batch left with none goes too.
     */
    void forgetLettersOf(UUID[] claimIds) {
        jdbc.sql("""
                        update print_batch p set content_enc = null, key_id = null
                        where exists (select 1 from print_batch_letter b join letter l on l.id = b.letter_id
                                      where b.print_batch_id = p.id and l.claim_id = any(?))""")
                .param(claimIds).update();
        jdbc.sql("delete from print_batch_letter b using letter l where l.id = b.letter_id and l.claim_id = any(?)")
                .param(claimIds).update();
        jdbc.sql("delete from print_batch p where not exists (select 1 from print_batch_letter b where b.print_batch_id = p.id)")
                .update();
    }
}
