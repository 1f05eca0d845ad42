package dev.workshops.registration.ticket;

import dev.workshops.support.security.SignedTokens;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

/**
 * Ticket codes: the registration id and an HMAC-SHA256 tag over it, base64url, e.g.
 * {@code W1-<22 chars>.<16 chars>}. A forged or altered code is refused without any database lookup.
 */
public final class TicketCodes {

    private final SignedTokens signed;

    public TicketCodes(String secret) {
        this.signed = new SignedTokens("W1-", secret, 12, 64);
    }

    public String issue(UUID registrationId) {
        return signed.sign(bytesOf(registrationId));
    }

    /** The registration id of a genuine code; empty for anything malformed, forged or altered. */
    public Optional<UUID> verify(String code) {
        return signed.verify(code).filter(id -> id.length == 16).map(id -> {
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return new UUID(buffer.getLong(), buffer.getLong());
        });
    }

    private static byte[] bytesOf(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
