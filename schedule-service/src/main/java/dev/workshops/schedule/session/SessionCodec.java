package dev.workshops.schedule.session;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.schedule.paper.PaperPlace;
import dev.workshops.support.json.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns draft sessions into the snapshots releases, events and answers carry, and JSON columns back and forth. */
@ApplicationScoped
public class SessionCodec {

    private static final TypeReference<List<SessionSnapshot.Speaker>> SPEAKERS = new TypeReference<>() { };
    private static final TypeReference<List<SessionSnapshot.Paper>> PAPERS = new TypeReference<>() { };

    private final JsonColumns json;

    public SessionCodec(JsonColumns json) {
        this.json = json;
    }

    public SessionSnapshot snapshotOf(Session session) {
        return new SessionSnapshot(session.id, session.workshopId, session.title, SessionSnapshot.Kind.valueOf(session.kind), session.startsAt,
                session.endsAt, session.room, speakersOf(session), session.abstractText, session.streamed,
                SessionSnapshot.Status.valueOf(session.status), papersOf(session));
    }

    public List<SessionSnapshot.Paper> papersOf(Session session) {
        return session.papers == null ? List.of() : read(session.papers, PAPERS);
    }

    /** Where the session's papers are placed (paper and board). */
    public List<PaperPlace> placesOf(Session session) {
        return papersOf(session).stream().map(p -> new PaperPlace(p.paperId(), p.board())).toList();
    }

    public List<SessionSnapshot.Speaker> speakersOf(Session session) {
        return read(session.speakers, SPEAKERS);
    }

    public String write(Object value) {
        return json.write(value);
    }

    public <T> T read(String text, TypeReference<T> type) {
        return json.read(text, type);
    }
}
