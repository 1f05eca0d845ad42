package dev.workshops.events;

import java.util.UUID;

/** One entry of a release's change log: {@code type} is ADDED, MOVED, CANCELLED or UPDATED. */
public record ScheduleChange(UUID sessionId, String type, SessionSnapshot before, SessionSnapshot after) {
}
