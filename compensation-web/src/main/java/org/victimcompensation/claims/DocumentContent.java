package org.victimcompensation.claims;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a document really is, read from its first bytes, never from its name or the type the client
 * claims: PDF, JPEG, PNG, WebP or HEIC (a phone photo). Anything else is refused.
 */
enum DocumentContent {
    PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp"),
    HEIC("image/heic", "heic");

    final String mediaType;
    final String extension;

    DocumentContent(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static DocumentContent ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(c -> c.mediaType.equals(mediaType)).findFirst().orElseThrow();
    }

    static Optional<DocumentContent> sniff(byte[] head) {
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p') && head.length >= 12) {
            String brand = new String(Arrays.copyOfRange(head, 8, 12), java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.equals("heic") || brand.equals("heix") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of(HEIC);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
