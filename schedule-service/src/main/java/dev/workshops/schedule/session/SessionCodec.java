package dev.workshops.schedule.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.SessionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns draft sessions into the snapshots releases, events and answers carry, and JSON columns back and forth. */
@ApplicationScoped
public class SessionCodec {

    private static final TypeReference<List<SessionSnapshot.Speaker>> SPEAKERS = new TypeReference<>() { };

    private final ObjectMapper json;

    public SessionCodec(ObjectMapper json) {
        this.json = json;
    }

    public SessionSnapshot snapshotOf(Session session) {
        return new SessionSnapshot(session.id, session.workshopId, session.title, SessionSnapshot.Kind.valueOf(session.kind), session.startsAt,
                session.endsAt, session.room, speakersOf(session), session.abstractText, session.streamed,
                SessionSnapshot.Status.valueOf(session.status));
    }

    public List<SessionSnapshot.Speaker> speakersOf(Session session) {
        return read(session.speakers, SPEAKERS);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read as " + type.getType(), e);
        }
    }
}
