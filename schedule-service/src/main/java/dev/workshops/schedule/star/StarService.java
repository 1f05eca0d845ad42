package dev.workshops.schedule.star;

import dev.workshops.events.EventTypes;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.schedule.release.ReleasedSession;
import dev.workshops.schedule.session.Session;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class StarService {

    private final Agendas agendas;
    private final Outbox outbox;

    public StarService(Agendas agendas, Outbox outbox) {
        this.agendas = agendas;
        this.outbox = outbox;
    }

    /** Stars or unstars a released session; doing what is already done changes nothing and publishes nothing. */
    @WithTransaction
    public Uni<Void> set(UUID sessionId, Caller caller, boolean starred) {
        return ReleasedSession.<ReleasedSession>findById(sessionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session " + sessionId + " is not in a released schedule."))
                .flatMap(session -> {
                    if (starred && Session.CANCELLED.equals(session.status)) {
                        throw ProblemException.conflict("This session is cancelled.");
                    }
                    return agendas.locked(session.workshopId, caller.id())
                            .flatMap(agenda -> Star.<Star>findById(new Star.Key(caller.id(), sessionId))
                                    .flatMap(existing -> starred == (existing != null) ? Uni.createFrom().voidItem()
                                            : change(agenda, sessionId, existing, starred)));
                });
    }

    private Uni<Void> change(Agenda agenda, UUID sessionId, Star existing, boolean starred) {
        Uni<?> stored;
        if (starred) {
            Star star = new Star();
            star.attendeeId = agenda.attendeeId;
            star.sessionId = sessionId;
            star.workshopId = agenda.workshopId;
            star.starredAt = Timestamps.now();
            stored = star.persist();
        } else {
            stored = existing.delete();
        }
        agenda.starVersion += 1;
        StarChanged fact = new StarChanged(agenda.workshopId, agenda.attendeeId, sessionId, starred, agenda.starVersion);
        return stored.flatMap(done -> outbox.record(Topics.STARS, StarChanged.keyOf(agenda.workshopId, agenda.attendeeId),
                EventTypes.STAR_CHANGED, sessionId.toString(), fact));
    }
}
