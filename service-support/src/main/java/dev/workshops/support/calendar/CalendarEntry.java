package dev.workshops.support.calendar;

import java.time.Instant;

/**
 * One VEVENT: {@code uid} stays the same for the life of what it describes, {@code sequence} grows each time that
 * changes, and a cancelled entry stays in the feed as STATUS:CANCELLED so calendars remove it themselves.
 */
public record CalendarEntry(String uid, int sequence, boolean cancelled, Instant startsAt, Instant endsAt,
        String summary, String location, String description) {
}
