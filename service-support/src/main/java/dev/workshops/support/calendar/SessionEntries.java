package dev.workshops.support.calendar;

import dev.workshops.events.SessionSnapshot;
import java.util.stream.Collectors;

/** How a released session reads in a calendar: the same UID wherever it is written (feeds, email invitations). */
public final class SessionEntries {

    private SessionEntries() {
    }

    /** {@code venue} may be null (the room alone is the location). */
    public static CalendarEntry of(SessionSnapshot session, int sequence, String venue) {
        String speakers = session.speakers().stream()
                .map(s -> s.affiliation() == null ? s.name() : s.name() + " (" + s.affiliation() + ")")
                .collect(Collectors.joining(", "));
        String description = (speakers.isEmpty() ? "" : speakers + "\n\n") + (session.abstractText() == null ? "" : session.abstractText());
        return new CalendarEntry(session.id() + "@sessions.workshops", sequence, session.status() == SessionSnapshot.Status.CANCELLED,
                session.startsAt(), session.endsAt(), session.title(), venue == null ? session.room() : session.room() + ", " + venue, description.strip());
    }
}
