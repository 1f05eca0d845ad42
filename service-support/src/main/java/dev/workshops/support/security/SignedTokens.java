package dev.workshops.support.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Compact signed tokens: {@code <prefix><base64url payload>.<base64url HMAC-SHA256 tag>}. Whoever holds the key
 * checks a token without any lookup; a forged, altered or re-spelled token is refused. Ticket codes and watch
 * links are made this way, each with its own prefix and key.
 */
public final class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String prefix;
    private final int tagBytes;
    private final int maxLength;
    private final SecretKeySpec key;

    /**
     * @param secret at least 32 characters
     * @param tagBytes how much of the 32-byte HMAC to keep (12 is 96 bits: far beyond guessing)
     * @param maxLength longer input is refused before any work
     */
    public SignedTokens(String prefix, String secret, int tagBytes, int maxLength) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("a signing key must have at least 32 characters");
        }
        this.prefix = prefix;
        this.tagBytes = tagBytes;
        this.maxLength = maxLength;
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(byte[] payload) {
        return prefix + ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(payload));
    }

    /** The payload of a genuine token; empty for anything malformed, forged or altered. */
    public Optional<byte[]> verify(String token) {
        if (token == null || token.length() > maxLength || !token.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = token.substring(prefix.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(parts[0]);
            // Only the exact spelling we issue counts: base64url leaves spare bits in a last character, so a
            // differently spelled payload could decode to the same bytes.
            boolean genuine = MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII));
            return genuine ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), tagBytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
