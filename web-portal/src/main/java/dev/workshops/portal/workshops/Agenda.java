package dev.workshops.portal.workshops;

import dev.workshops.portal.mentoring.Booking;
import java.util.List;

/** The signed-in attendee's starred sessions and mentoring bookings, and their secret calendar feed. */
public record Agenda(String workshopId, String timezone, List<Session> sessions, List<Booking> mentoring, String icsUrl) {
}
