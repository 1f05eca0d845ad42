package dev.workshops.streaming.session;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.support.events.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps {@link ReleasedSession} equal to the newest release of each workshop. A release older than the one
 * held is ignored; sessions are never deleted, a cancelled one is kept with status CANCELLED.
 */
@ApplicationScoped
public class ScheduleProjection {

    private final EventConsumer events;

    public ScheduleProjection(EventConsumer events) {
        this.events = events;
    }

    @Incoming("schedule-releases")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.SCHEDULE_RELEASED, ScheduleReleased.class, this::apply);
    }

    Uni<Void> apply(ScheduleReleased release) {
        return ReleasedSession.<ReleasedSession>find("workshopId", release.workshopId()).list()
                .flatMap(held -> {
                    long heldVersion = held.stream().mapToLong(s -> s.releaseVersion).max().orElse(0);
                    if (heldVersion >= release.version()) {
                        return Uni.createFrom().voidItem();
                    }
                    List<ReleasedSession> updated = release.sessions().stream()
                            .map(snapshot -> merge(held, snapshot, release.version()))
                            .toList();
                    // Held sessions are managed and flush on commit; persist adds the new ones.
                    return ReleasedSession.persist(updated);
                });
    }

    private static ReleasedSession merge(List<ReleasedSession> held, SessionSnapshot snapshot, long version) {
        ReleasedSession session = held.stream().filter(s -> s.sessionId.equals(snapshot.id())).findFirst()
                .orElseGet(ReleasedSession::new);
        session.sessionId = snapshot.id();
        session.workshopId = snapshot.workshopId();
        session.title = snapshot.title();
        session.kind = snapshot.kind();
        session.startsAt = snapshot.startsAt();
        session.endsAt = snapshot.endsAt();
        session.streamed = snapshot.streamed();
        session.status = snapshot.status();
        session.releaseVersion = version;
        return session;
    }
}
