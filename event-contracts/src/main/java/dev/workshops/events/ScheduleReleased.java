package dev.workshops.events;

import java.time.Instant;
import java.util.List;

/** A released schedule version with its full session list and the changes against the previous one. */
public record ScheduleReleased(
        String workshopId,
        long version,
        Instant releasedAt,
        String timezone,
        List<SessionSnapshot> sessions,
        List<ScheduleChange> changes) {
}
