package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A released schedule version with its full session list and the changes against the previous one. Optional:
 * {@code sessions} and {@code changes} absent are empty lists; {@code workshop} (added after v1) absent is
 * {@code null}: a consumer takes the workshop's name from its own projection if it has one.
 */
public record ScheduleReleased(
        String workshopId,
        @JsonProperty(required = true) long version,
        Instant releasedAt,
        String timezone,
        List<SessionSnapshot> sessions,
        List<ScheduleChange> changes,
        WorkshopSummary workshop) {

    public ScheduleReleased {
        required(workshopId, "workshopId");
        required(releasedAt, "releasedAt");
        required(timezone, "timezone");
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
