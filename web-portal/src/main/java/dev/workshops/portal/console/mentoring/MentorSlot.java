package dev.workshops.portal.console.mentoring;

import dev.workshops.portal.mentoring.Slot;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One of the mentor's slots with who booked it, as schedule-service's {@code …/mentoring/slots/mine} answers. */
@TemplateData
public record MentorSlot(Slot slot, List<Booker> bookings) {

    /** A person booked on the slot, by the name and email their sign-in carried when they booked. */
    @TemplateData
    public record Booker(UUID bookingId, String name, String email, Instant bookedAt) {
    }
}
