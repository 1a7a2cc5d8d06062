package org.victimcompensation.review;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.victimcompensation.claims.Documents;

import java.nio.charset.StandardCharsets;

/** A survivor's document as staff download it, from the API and the console alike: never cached, never sniffed. */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static ResponseEntity<byte[]> of(Documents.DocumentContentView document) {
        return send(document, ContentDisposition.attachment());
    }

    /**
     * Shown in the browser instead of saved. Only PDFs and photos are ever stored (the content is
     * sniffed at upload), served under their sniffed type with nosniff, so nothing else can render.
     */
    static ResponseEntity<byte[]> inline(Documents.DocumentContentView document) {
        return send(document, ContentDisposition.inline());
    }

    private static ResponseEntity<byte[]> send(Documents.DocumentContentView document, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(document.info().contentType()))
                .header("Content-Disposition", disposition.filename(document.info().fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
