package dev.workshops.schedule.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A slot as its mentor (or an organizer) sees it: the slot and who holds a booking on it, earliest booking first. */
public record MentorSlotView(SlotView slot, List<Booker> bookings) {

    /** Someone booked on the slot, by the name and email their sign-in carried when they booked. */
    public record Booker(UUID bookingId, String attendeeId, String name, String email, Instant bookedAt) {

        static Booker of(MentoringBooking booking) {
            return new Booker(booking.id, booking.attendeeId, booking.attendeeName, booking.attendeeEmail, booking.createdAt);
        }
    }
}
