package dev.workshops.streaming.watch;

import dev.workshops.streaming.stream.StreamingConfig;
import dev.workshops.support.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal watch links: session, expiry and attendee, signed. The link alone proves who it was issued to and
 * for what; access itself is checked again when it is followed.
 */
@ApplicationScoped
public class WatchLinks {

    /** What a genuine link says. */
    public record Claims(UUID sessionId, Instant expiresAt, String attendeeId) {
    }

    private final SignedTokens signed;

    public WatchLinks(StreamingConfig config) {
        this.signed = new SignedTokens("V1.", config.watchKey(), 16, 512);
    }

    public String issue(Claims claims) {
        byte[] attendee = claims.attendeeId().getBytes(StandardCharsets.UTF_8);
        return signed.sign(ByteBuffer.allocate(24 + attendee.length)
                .putLong(claims.sessionId().getMostSignificantBits()).putLong(claims.sessionId().getLeastSignificantBits())
                .putLong(claims.expiresAt().getEpochSecond()).put(attendee).array());
    }

    /** The claims of a genuine link; empty for anything malformed, forged or altered. */
    public Optional<Claims> verify(String token) {
        return signed.verify(token).filter(payload -> payload.length > 24).map(payload -> {
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID session = new UUID(buffer.getLong(), buffer.getLong());
            Instant expires = Instant.ofEpochSecond(buffer.getLong());
            return new Claims(session, expires, new String(Arrays.copyOfRange(payload, 24, payload.length), StandardCharsets.UTF_8));
        });
    }
}
