package dev.workshops.events;

import java.time.Instant;
import java.util.UUID;

/** Snapshot of a mentoring booking with its slot. */
public record MentoringBookingChanged(
        UUID bookingId,
        String workshopId,
        String attendeeId,
        String attendeeEmail,
        String attendeeName,
        String status,
        Slot slot,
        long version,
        String reason) {

    public static final String REASON_BOOKED = "BOOKED";
    public static final String REASON_CANCELLED_BY_ATTENDEE = "CANCELLED_BY_ATTENDEE";
    public static final String REASON_CANCELLED_BY_MENTOR = "CANCELLED_BY_MENTOR";

    public record Slot(
            UUID slotId,
            String mentorId,
            String mentorEmail,
            String mentorName,
            Instant startsAt,
            Instant endsAt,
            String topic,
            String format,
            String location) {
    }
}
