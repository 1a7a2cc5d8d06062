package org.victimcompensation.claims;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.PayloadTooLargeException;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.victimcompensation.domain.claim.DocumentKind;

/** Documents a survivor adds to a claim, sealed at rest like every other personal value. */
@Component
public class Documents {

    private static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW,
            ClaimStatus.INFO_REQUESTED, ClaimStatus.APPEALED, ClaimStatus.DENIED, ClaimStatus.APPROVED);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Claims claims;
    private final Clock clock;
    private final long maxBytes;

    Documents(JdbcClient jdbc, FieldCipher cipher, Claims claims, Clock clock,
              ClaimsSettings settings) {
        this.maxBytes = settings.documents().maxBytes();
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.claims = claims;
        this.clock = clock;
    }

    public record DocumentInfo(UUID id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                               Instant uploadedAt) {
    }

    @Transactional
    @RetryOnConcurrentChange
    public DocumentInfo add(ClaimRecord claim, DocumentKind kind, String originalName, byte[] content) {
        if (!OPEN.contains(claim.status())) {
            throw new ConflictException("Documents can no longer be added to this claim.");
        }
        if (content.length > maxBytes) {
            throw new PayloadTooLargeException("A document may be at most " + maxBytes / (1024 * 1024) + " MB.");
        }
        if (content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        DocumentContent type = DocumentContent.sniff(content).orElseThrow(() ->
                new InvalidRequestException("file", "must be a PDF or a photo (JPEG, PNG, WebP or HEIC)"));
        UUID id = UUID.randomUUID();
        String fileName = safeName(originalName, type);
        Instant now = clock.instant();
        String keyId = cipher.activeKeyId();
        jdbc.sql("""
                        insert into claim_document (id, claim_id, kind, file_name_enc, content_type, size_bytes, key_id,
                          content_enc, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, claim.id(), kind.name(), cipher.seal(fileName, "claim_document.file_name:" + id),
                        type.mediaType, content.length, keyId,
                        cipher.sealBytes(content, keyId, "claim_document.content:" + id), Timestamp.from(now))
                .update();
        claims.documentAdded(claim);
        return new DocumentInfo(id, kind, fileName, type.mediaType, content.length, now);
    }

    @Transactional(readOnly = true)
    public List<DocumentInfo> list(UUID claimId) {
        return jdbc.sql("""
                        select id, kind, file_name_enc, content_type, size_bytes, uploaded_at from claim_document
                        where claim_id = ? order by uploaded_at""")
                .param(claimId)
                .query((rs, i) -> info(rs))
                .list();
    }

    /** The retention purge: documents are kept in the database only, so deleting the rows deletes the files. */
    void deleteOf(UUID[] claimIds) {
        jdbc.sql("delete from claim_document where claim_id = any(?)").param(claimIds).update();
    }

    public record DocumentContentView(DocumentInfo info, byte[] content) {
    }

    /** A document's content, opened for a staff member; the caller audits the read. */
    @Transactional(readOnly = true)
    public java.util.Optional<DocumentContentView> open(UUID claimId, UUID documentId) {
        return jdbc.sql("""
                        select id, kind, file_name_enc, content_type, size_bytes, key_id, content_enc, uploaded_at
                        from claim_document where claim_id = ? and id = ?""")
                .params(claimId, documentId)
                .query((rs, i) -> new DocumentContentView(info(rs),
                        cipher.openBytes(rs.getBytes("content_enc"), rs.getString("key_id"),
                                "claim_document.content:" + documentId)))
                .optional();
    }

    /** Names stored before they were made safe are made safe when read (the rule leaves a safe name as it is). */
    private DocumentInfo info(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String contentType = rs.getString("content_type");
        String storedName = cipher.open(rs.getString("file_name_enc"), "claim_document.file_name:" + id);
        return new DocumentInfo(id, DocumentKind.valueOf(rs.getString("kind")),
                safeName(storedName, DocumentContent.ofMediaType(contentType)), contentType, rs.getLong("size_bytes"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    /**
     * A name a person can recognise, without paths or the characters {@link PlainText} refuses (a
     * right-to-left override, U+202E, can make "scan", U+202E, "fdp.exe" look like "scanexe.pdf"),
     * ending in the extension of what the content really is: "evil.html" holding a PDF is
     * "evil.pdf", so no program opens a saved copy as something else. Characters are dropped rather
     * than refused: a phone names its files, the survivor does not.
     */
    private static String safeName(String originalName, DocumentContent type) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "").codePoints()
                .filter(c -> !PlainText.Check.refused(c, false))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        int dot = name.lastIndexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).strip();
        if (base.isEmpty()) {
            base = "document";
        }
        return (base.length() > 200 ? base.substring(0, 200) : base) + "." + type.extension;
    }
}
