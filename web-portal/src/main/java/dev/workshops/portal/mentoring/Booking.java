package dev.workshops.portal.mentoring;

import java.util.UUID;

/** One of the caller's mentoring bookings, with its slot. */
public record Booking(UUID id, UUID slotId, String workshopId, String status, Slot slot) {
}
