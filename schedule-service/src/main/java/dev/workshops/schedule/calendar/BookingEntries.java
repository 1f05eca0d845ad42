package dev.workshops.schedule.calendar;

import dev.workshops.events.MentoringBookingChanged;
import dev.workshops.schedule.mentoring.BookingView;
import dev.workshops.schedule.mentoring.SlotRequest;
import dev.workshops.schedule.mentoring.SlotView;
import dev.workshops.support.calendar.CalendarEntry;

/** How a mentoring booking reads in its holder's personal feed (which only they can open). */
public final class BookingEntries {

    private BookingEntries() {
    }

    public static CalendarEntry of(BookingView booking) {
        SlotView slot = booking.slot();
        boolean online = SlotRequest.Format.ONLINE.name().equals(slot.format());
        String description = "Mentoring with " + slot.mentorName()
                + (online && slot.meetingUrl() != null ? "\n\nJoin: " + slot.meetingUrl() : "");
        return new CalendarEntry(booking.id() + "@mentoring.workshops", 0, !MentoringBookingChanged.Status.BOOKED.name().equals(booking.status()),
                slot.startsAt().toInstant(), slot.endsAt().toInstant(), "Mentoring: " + slot.topic(),
                online ? "Online" : slot.location(), description);
    }
}
