package dev.workshops.schedule.mentoring;

import java.time.Instant;
import java.util.UUID;

/** A booking with its slot; the slot's meeting URL is shown while the booking holds. */
public record BookingView(UUID id, UUID slotId, String workshopId, String attendeeId, String status, Instant createdAt,
        Instant updatedAt, SlotView slot) {
}
