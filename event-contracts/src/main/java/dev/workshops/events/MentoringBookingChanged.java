package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Snapshot of a mentoring booking with its slot. Optional: {@code attendeeEmail}, {@code attendeeName} absent are
 * none; {@code workshop} (added after v1) absent is {@code null}: a consumer takes the workshop's name from its own
 * projection if it has one.
 */
public record MentoringBookingChanged(
        UUID bookingId,
        String workshopId,
        String attendeeId,
        String attendeeEmail,
        String attendeeName,
        Status status,
        Slot slot,
        @JsonProperty(required = true) long version,
        Reason reason,
        WorkshopSummary workshop) {

    public enum Status { BOOKED, CANCELLED }

    public enum Reason { BOOKED, CANCELLED_BY_ATTENDEE, CANCELLED_BY_MENTOR }

    public MentoringBookingChanged {
        required(bookingId, "bookingId");
        required(workshopId, "workshopId");
        required(attendeeId, "attendeeId");
        required(status, "status");
        required(slot, "slot");
        required(reason, "reason");
    }

    /** Optional: {@code mentorEmail}, {@code mentorName}, {@code topic}, {@code format}, {@code location} absent are none. */
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

        public Slot {
            required(slotId, "slot.slotId");
            required(mentorId, "slot.mentorId");
            required(startsAt, "slot.startsAt");
            required(endsAt, "slot.endsAt");
        }
    }
}
