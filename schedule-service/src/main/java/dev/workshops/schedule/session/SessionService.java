package dev.workshops.schedule.session;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;

/** The organizer's draft. Every change locks the workshop, so two edits cannot both take one room. */
@ApplicationScoped
public class SessionService {

    private final SessionCodec codec;
    private final Clock clock;

    public SessionService(SessionCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SessionView> create(String workshopId, SessionRequest request) {
        return Workshop.locked(workshopId).flatMap(workshop -> {
            SessionRules.checkTimes(workshop, request);
            Session session = new Session();
            session.id = UUID.randomUUID();
            session.workshopId = workshopId;
            session.status = Session.SCHEDULED;
            session.createdAt = clock.instant();
            return save(workshop, session, request);
        });
    }

    @WithTransaction
    public Uni<SessionView> update(UUID sessionId, SessionRequest request) {
        return existing(sessionId).flatMap(session -> Workshop.locked(session.workshopId).flatMap(workshop -> {
            if (!session.isScheduled()) {
                throw ProblemException.conflict("This session is cancelled; create a new one instead.");
            }
            SessionRules.checkTimes(workshop, request);
            return save(workshop, session, request);
        }));
    }

    /** Marks the session CANCELLED in the draft; the next release announces it. Cancelling twice changes nothing. */
    @WithTransaction
    public Uni<Void> cancel(UUID sessionId) {
        return existing(sessionId).flatMap(session -> Workshop.locked(session.workshopId).invoke(workshop -> {
            if (session.isScheduled()) {
                session.status = Session.CANCELLED;
                session.updatedAt = clock.instant();
            }
        })).replaceWithVoid();
    }

    @WithSession
    public Uni<List<SessionView>> draft(String workshopId) {
        return Workshop.existing(workshopId).flatMap(workshop -> Session.<Session>find(
                        "workshopId = ?1 order by startsAt, room", workshopId).list()
                .map(sessions -> sessions.stream().map(s -> SessionView.of(codec.snapshotOf(s), workshop.zone())).toList()));
    }

    /** The workshop's draft sessions as snapshots, in time order; call inside a session. */
    public Uni<List<SessionSnapshot>> draftSnapshots(String workshopId) {
        return Session.<Session>find("workshopId = ?1 order by startsAt, room", workshopId).list()
                .map(sessions -> sessions.stream().map(codec::snapshotOf).toList());
    }

    private Uni<SessionView> save(Workshop workshop, Session session, SessionRequest request) {
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt().toInstant();
        return Session.<Session>find("workshopId = ?1 and status = ?2 and startsAt < ?3 and endsAt > ?4 and id <> ?5",
                        workshop.id, Session.SCHEDULED, ends, starts, session.id).list()
                .flatMap(overlapping -> {
                    SessionRules.checkConflicts(request, overlapping, codec);
                    session.title = request.title().strip();
                    session.kind = request.kind().name();
                    session.startsAt = starts;
                    session.endsAt = ends;
                    session.room = request.room().strip();
                    session.speakers = codec.write(request.speakersOrEmpty().stream()
                            .map(s -> new SessionSnapshot.Speaker(s.name().strip(), s.affiliation(), blankToNull(s.userId())))
                            .toList());
                    session.abstractText = request.abstractText();
                    session.streamed = request.streamedOrDefault();
                    session.updatedAt = clock.instant();
                    return session.<Session>persist();
                })
                .map(saved -> SessionView.of(codec.snapshotOf(saved), workshop.zone()));
    }

    private static Uni<Session> existing(UUID sessionId) {
        return Session.<Session>findById(sessionId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("There is no session " + sessionId + "."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
