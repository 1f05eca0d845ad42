package dev.workshops.schedule.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SessionSnapshot;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A session as the API answers it, its times rendered in one zone; {@code day} is the date it starts on in that
 * zone (a session crossing midnight there ends on the next day, which {@code endsAt} shows). {@code papers}: the
 * accepted papers it presents, with their authors and an archival paper's PDF link (empty for other sessions).
 */
public record SessionView(UUID id, String workshopId, String title, String kind, OffsetDateTime startsAt,
        OffsetDateTime endsAt, LocalDate day, String room, List<SessionSnapshot.Speaker> speakers,
        @JsonProperty("abstract") String abstractText, boolean streamed, String status,
        List<SessionSnapshot.Paper> papers) {

    public static SessionView of(SessionSnapshot session, ZoneId zone) {
        OffsetDateTime starts = session.startsAt().atZone(zone).toOffsetDateTime();
        return new SessionView(session.id(), session.workshopId(), session.title(), session.kind().name(), starts,
                session.endsAt().atZone(zone).toOffsetDateTime(), starts.toLocalDate(), session.room(),
                session.speakers(), session.abstractText(), session.streamed(), session.status().name(), session.papers());
    }
}
