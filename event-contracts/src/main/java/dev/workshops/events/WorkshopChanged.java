package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Snapshot of a workshop, published by schedule-service on {@link Topics#WORKSHOPS}. Optional: {@code venue} and
 * {@code description} absent are none.
 */
public record WorkshopChanged(
        String workshopId,
        String title,
        String timezone,
        String venue,
        Instant startsAt,
        Instant endsAt,
        String description,
        @JsonProperty(required = true) long version,
        Reason reason) {

    public enum Reason { CREATED, UPDATED }

    public WorkshopChanged {
        required(workshopId, "workshopId");
        required(title, "title");
        required(timezone, "timezone");
        required(startsAt, "startsAt");
        required(endsAt, "endsAt");
        required(reason, "reason");
    }

    /** What a fact about something in this workshop carries of it. */
    public WorkshopSummary summary() {
        return new WorkshopSummary(title, timezone, startsAt, endsAt, version, venue);
    }
}
