package dev.workshops.events;

import java.time.Instant;

/** Snapshot of a workshop, published by schedule-service on {@link Topics#WORKSHOPS}. */
public record WorkshopChanged(
        String workshopId,
        String title,
        String timezone,
        String venue,
        Instant startsAt,
        Instant endsAt,
        String description,
        long version,
        String reason) {

    public static final String REASON_CREATED = "CREATED";
    public static final String REASON_UPDATED = "UPDATED";
}
