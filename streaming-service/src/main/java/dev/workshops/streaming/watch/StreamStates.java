package dev.workshops.streaming.watch;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.streaming.stream.Stream;
import dev.workshops.streaming.stream.StreamingConfig;
import dev.workshops.support.sessions.KnownSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the redirect needs of a session's stream, read at most once per {@code stream-cache-ttl} (1 s) per
 * session and replica: when thousands join one keynote, they share one read. A change (going live, a new URL)
 * shows within that time on every replica, without events between replicas.
 */
@ApplicationScoped
public class StreamStates {

    /** {@code streamStatus} is null when the session has no stream. */
    public record StreamState(UUID sessionId, String workshopId, boolean sessionCancelled, Instant startsAt, Instant endsAt,
            String streamStatus, String playbackUrl, String recordingUrl) {
    }

    private record Cached(StreamState state, long readAtNanos) {
    }

    private final long ttlNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public StreamStates(StreamingConfig config) {
        this.ttlNanos = config.streamCacheTtl().toNanos();
    }

    /** The state, or null for a session never released. */
    public Uni<StreamState> of(UUID sessionId) {
        Cached cached = cache.get(sessionId);
        if (cached != null && System.nanoTime() - cached.readAtNanos() < ttlNanos) {
            return Uni.createFrom().item(cached.state());
        }
        return Panache.withSession(() -> KnownSession.<KnownSession>findById(sessionId)
                        .flatMap(session -> session == null ? Uni.createFrom().nullItem()
                                : Stream.<Stream>findById(sessionId).map(stream -> stateOf(session, stream))))
                .invoke(state -> {
                    if (state != null) {
                        cache.put(sessionId, new Cached(state, System.nanoTime()));
                    }
                });
    }

    private static StreamState stateOf(KnownSession session, Stream stream) {
        return new StreamState(session.sessionId, session.workshopId, SessionSnapshot.Status.CANCELLED.name().equals(session.status),
                session.startsAt, session.endsAt, stream == null ? null : stream.status,
                stream == null ? null : stream.playbackUrl, stream == null ? null : stream.recordingUrl);
    }
}
