package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Snapshot of a session's stream. It never carries a playback or recording URL. Optional: {@code provider},
 * {@code startedAt}, {@code endedAt} absent are none; {@code sessionTitle} and {@code workshop} (added after v1)
 * absent are {@code null}: a consumer takes them from its own projections if it has them.
 */
public record StreamChanged(
        UUID sessionId,
        String workshopId,
        String provider,
        Status status,
        Instant startedAt,
        Instant endedAt,
        @JsonProperty(required = true) long version,
        Reason reason,
        String sessionTitle,
        WorkshopSummary workshop) {

    public enum Status { SCHEDULED, LIVE, ENDED, RECORDING }

    public enum Reason { CONFIGURED, LIVE, ENDED, RECORDING_AVAILABLE }

    public StreamChanged {
        required(sessionId, "sessionId");
        required(workshopId, "workshopId");
        required(status, "status");
        required(reason, "reason");
    }
}
