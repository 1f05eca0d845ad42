package dev.workshops.portal.services;

import java.time.Instant;
import java.time.ZoneId;

/** A workshop as schedule-service answers it. */
public record Workshop(String id, String title, String timezone, String venue, Instant startsAt, Instant endsAt,
        String description) {

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
