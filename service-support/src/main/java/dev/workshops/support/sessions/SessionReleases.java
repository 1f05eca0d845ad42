package dev.workshops.support.sessions;

import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a schedule release to {@link KnownSession}; call it inside {@code EventConsumer}'s transaction (from
 * {@link SessionProjection} or the service's own {@code schedule-releases} consumer). A release not newer than
 * the one held for its workshop is ignored; sessions are never deleted, a cancelled one keeps status CANCELLED.
 */
@ApplicationScoped
public class SessionReleases {

    /** The workshop's sessions as {@code release} left them; empty when it is not newer than the one held. */
    public Uni<Optional<List<KnownSession>>> apply(ScheduleReleased release) {
        return KnownSession.<KnownSession>list("workshopId", release.workshopId()).flatMap(held -> {
            long heldVersion = held.stream().mapToLong(s -> s.releaseVersion).max().orElse(0);
            if (heldVersion >= release.version()) {
                return Uni.createFrom().item(Optional.<List<KnownSession>>empty());
            }
            Map<UUID, KnownSession> byId = held.stream().collect(Collectors.toMap(s -> s.sessionId, Function.identity()));
            Set<UUID> changed = release.changes().stream().map(ScheduleChange::sessionId).collect(Collectors.toSet());
            List<KnownSession> released = new ArrayList<>();
            List<KnownSession> added = new ArrayList<>();
            for (SessionSnapshot snapshot : release.sessions()) {
                KnownSession session = byId.get(snapshot.id());
                if (session == null) {
                    session = new KnownSession();
                    session.sessionId = snapshot.id();
                    added.add(session);
                } else if (changed.contains(snapshot.id())) {
                    session.sequence += 1;
                }
                copy(snapshot, release.version(), session);
                released.add(session);
            }
            // Held sessions are managed and flush on commit; persist adds the new ones.
            Uni<Void> stored = added.isEmpty() ? Uni.createFrom().voidItem() : KnownSession.persist(added);
            return stored.replaceWith(Optional.of(released));
        });
    }

    private static void copy(SessionSnapshot snapshot, long version, KnownSession session) {
        session.workshopId = snapshot.workshopId();
        session.title = snapshot.title();
        session.kind = snapshot.kind().name();
        session.startsAt = snapshot.startsAt();
        session.endsAt = snapshot.endsAt();
        session.room = snapshot.room();
        session.streamed = snapshot.streamed();
        session.status = snapshot.status().name();
        session.releaseVersion = version;
    }
}
