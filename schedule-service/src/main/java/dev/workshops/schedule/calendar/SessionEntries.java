package dev.workshops.schedule.calendar;

import dev.workshops.events.SessionSnapshot;
import java.util.stream.Collectors;

/** How a released session reads in a calendar. */
public final class SessionEntries {

    private SessionEntries() {
    }

    public static CalendarEntry of(SessionSnapshot session, int sequence, String venue) {
        String speakers = session.speakers().stream()
                .map(s -> s.affiliation() == null ? s.name() : s.name() + " (" + s.affiliation() + ")")
                .collect(Collectors.joining(", "));
        String description = (speakers.isEmpty() ? "" : speakers + "\n\n") + (session.abstractText() == null ? "" : session.abstractText());
        return new CalendarEntry(session.id() + "@sessions.workshops", sequence, "CANCELLED".equals(session.status()),
                session.startsAt(), session.endsAt(), session.title(), session.room() + ", " + venue, description.strip());
    }
}
