package org.victimcompensation.infra.crypto;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Seals personal data for storage with AES-256-GCM. Every sealed value carries the id of the key
 * that sealed it, so keys can be rotated (new values use the active key, old ones still open), and
 * is bound to where it is stored (the associated data, e.g. column and row id), so a value copied
 * into another row or column does not open.
 * <p>
 * Exact-match lookups (is this applicant already known?) use a keyed hash, never the plain value.
 */
public final class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Map<String, byte[]> keysById, String activeKeyId, byte[] lookupKey) {
        if (keysById.isEmpty() || !keysById.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key id must name one of the configured keys");
        }
        keysById.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256)");
            }
            if (id.contains(":")) {
                throw new IllegalArgumentException("a key id may not contain ':'");
            }
        });
        if (lookupKey.length < 32) {
            throw new IllegalArgumentException("the lookup key must be at least 32 bytes");
        }
        this.keys = keysById.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES")));
        this.activeKeyId = activeKeyId;
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Seals a text as {@code keyId:base64(nonce || ciphertext || tag)}; null stays null. */
    public String seal(String plaintext, String boundTo) {
        if (plaintext == null) {
            return null;
        }
        return activeKeyId + ":" + Base64.getEncoder().encodeToString(
                sealBytes(plaintext.getBytes(StandardCharsets.UTF_8), activeKeyId, boundTo));
    }

    public String open(String sealed, String boundTo) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("a stored value is not sealed");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
        return new String(openBytes(bytes, sealed.substring(0, colon), boundTo), StandardCharsets.UTF_8);
    }

    /** Seals binary content (a document) with the active key; store {@link #activeKeyId()} beside it. */
    public byte[] sealBytes(byte[] plaintext, String keyId, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a value", e);
        }
    }

    public byte[] openBytes(byte[] sealed, String keyId, String boundTo) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored value could not be opened (wrong key or tampered)", e);
        }
    }

    /** A keyed hash (HMAC-SHA256, hex) for exact-match lookup without storing the value. */
    public String lookupHash(String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * A keyed MAC for access codes under the key with this id: HMAC-SHA256 with a key derived from
     * that encryption key for this one purpose, so access codes rotate with the keys and need no
     * setting of their own.
     */
    public byte[] accessCodeMac(String keyId, String normalisedCode) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key(keyId).getEncoded(), "HmacSHA256"));
            byte[] accessCodeKey = derive.doFinal("compensation access codes v1".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(accessCodeKey, "HmacSHA256"));
            return mac.doFinal(normalisedCode.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key configured with id " + keyId);
        }
        return key;
    }
}
