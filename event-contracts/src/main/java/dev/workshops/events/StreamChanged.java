package dev.workshops.events;

import java.time.Instant;
import java.util.UUID;

/** Snapshot of a session's stream. It never carries a playback or recording URL. */
public record StreamChanged(
        UUID sessionId,
        String workshopId,
        String provider,
        String status,
        Instant startedAt,
        Instant endedAt,
        long version,
        String reason) {
}
