package dev.workshops.schedule.star;

import dev.workshops.events.EventTypes;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.schedule.release.ReleasedSession;
import dev.workshops.schedule.session.Session;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class StarService {

    private final Agendas agendas;
    private final Outbox outbox;
    private final Clock clock;

    public StarService(Agendas agendas, Outbox outbox, Clock clock) {
        this.agendas = agendas;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stars or unstars a released session; doing what is already done changes nothing and publishes nothing. */
    @WithTransaction
    public Uni<Void> set(UUID sessionId, Caller caller, boolean starred) {
        return released(sessionId)
                .invoke(session -> refuseStarringCancelled(session, starred))
                .flatMap(session -> agendas.locked(session.workshopId, caller.id()))
                .flatMap(agenda -> Star.<Star>findById(new Star.Key(caller.id(), sessionId))
                        .flatMap(existing -> starred == (existing != null) ? Uni.createFrom().voidItem()
                                : change(agenda, sessionId, existing, starred)));
    }

    private static Uni<ReleasedSession> released(UUID sessionId) {
        return ReleasedSession.<ReleasedSession>findById(sessionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session " + sessionId + " is not in a released schedule."));
    }

    private static void refuseStarringCancelled(ReleasedSession session, boolean starred) {
        if (starred && Session.CANCELLED.equals(session.status)) {
            throw ProblemException.conflict("This session is cancelled.");
        }
    }

    /** Stores the star or removes it, and records the agenda's next star version. */
    private Uni<Void> change(Agenda agenda, UUID sessionId, Star existing, boolean starred) {
        Uni<?> stored = starred ? starOf(agenda, sessionId).persist() : existing.delete();
        agenda.starVersion += 1;
        StarChanged fact = new StarChanged(agenda.workshopId, agenda.attendeeId, sessionId, starred, agenda.starVersion);
        return stored.flatMap(done -> outbox.record(Topics.STARS, StarChanged.keyOf(agenda.workshopId, agenda.attendeeId),
                EventTypes.STAR_CHANGED, sessionId.toString(), fact));
    }

    private Star starOf(Agenda agenda, UUID sessionId) {
        Star star = new Star();
        star.attendeeId = agenda.attendeeId;
        star.sessionId = sessionId;
        star.workshopId = agenda.workshopId;
        star.starredAt = clock.instant();
        return star;
    }
}
