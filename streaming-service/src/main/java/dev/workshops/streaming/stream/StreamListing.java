package dev.workshops.streaming.stream;

import java.time.Instant;
import java.util.UUID;

/** One line of GET /api/workshops/{id}/streams: what is live or coming, never a URL. */
public record StreamListing(UUID sessionId, String title, Instant startsAt, Instant endsAt, String status,
        Instant joinOpensAt, int viewers) {
}
