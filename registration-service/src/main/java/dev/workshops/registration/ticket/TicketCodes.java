package dev.workshops.registration.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ticket codes: the registration id and an HMAC-SHA256 tag over it, base64url, e.g.
 * {@code W1-<22 chars>.<16 chars>}. A forged or altered code is refused without any database lookup.
 */
public final class TicketCodes {

    private static final String PREFIX = "W1-";
    private static final int TAG_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public TicketCodes(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the ticket key must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(UUID registrationId) {
        byte[] id = bytesOf(registrationId);
        return PREFIX + ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(tag(id));
    }

    /** The registration id of a genuine code; empty for anything malformed, forged or altered. */
    public Optional<UUID> verify(String code) {
        if (code == null || !code.startsWith(PREFIX) || code.length() > 64) {
            return Optional.empty();
        }
        String[] parts = code.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(parts[0]);
            if (id.length != 16) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            UUID registrationId = new UUID(buffer.getLong(), buffer.getLong());
            // Only the exact code we issue counts: base64url leaves spare bits in the id's last character,
            // so a differently spelled id could decode to the same bytes.
            boolean genuine = MessageDigest.isEqual(issue(registrationId).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            return genuine ? Optional.of(registrationId) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] tag(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(id), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static byte[] bytesOf(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
