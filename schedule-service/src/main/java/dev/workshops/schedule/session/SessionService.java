package dev.workshops.schedule.session;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.schedule.paper.PaperPlace;
import dev.workshops.schedule.paper.Papers;
import dev.workshops.schedule.paper.Placement;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;

/** The organizer's draft. Every change locks the workshop, so two edits cannot both take one room. */
@ApplicationScoped
public class SessionService {

    private final SessionCodec codec;
    private final Papers papers;
    private final Clock clock;

    public SessionService(SessionCodec codec, Papers papers, Clock clock) {
        this.codec = codec;
        this.papers = papers;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SessionView> create(String workshopId, SessionRequest request) {
        SessionRules.checkShape(request);
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
        SessionRules.checkShape(request);
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

    /**
     * The draft: every session, cancelled ones included; the papers in the program not placed in a scheduled
     * session yet; and the scheduled sessions presenting a paper that left the program (withdrawn, or no longer
     * accepted), to be changed or cancelled before the next release.
     */
    @WithSession
    public Uni<Draft> draft(String workshopId) {
        return Workshop.existing(workshopId).flatMap(workshop -> Session.<Session>find(
                        "workshopId = ?1 order by startsAt, room", workshopId).list()
                .flatMap(sessions -> {
                    List<SessionSnapshot> snapshots = sessions.stream().map(codec::snapshotOf).toList();
                    Set<UUID> placed = snapshots.stream().filter(s -> s.status() == SessionSnapshot.Status.SCHEDULED)
                            .flatMap(s -> s.papers().stream()).map(SessionSnapshot.Paper::paperId).collect(Collectors.toSet());
                    return papers.inProgram(workshopId).flatMap(inProgram -> papers.of(workshopId, placed).map(held -> {
                        List<Draft.Unplaced> unplaced = inProgram.stream().filter(p -> !placed.contains(p.id()))
                                .map(Draft.Unplaced::of).toList();
                        List<Draft.Flagged> flagged = snapshots.stream()
                                .filter(s -> s.status() == SessionSnapshot.Status.SCHEDULED)
                                .flatMap(s -> s.papers().stream().map(p -> Map.entry(s, p)))
                                .filter(e -> held.get(e.getValue().paperId()) == null || !held.get(e.getValue().paperId()).isInProgram())
                                .map(e -> Draft.Flagged.of(e.getKey(), e.getValue(), held.get(e.getValue().paperId())))
                                .toList();
                        return new Draft(snapshots.stream().map(s -> SessionView.of(s, workshop.zone())).toList(), unplaced, flagged);
                    }));
                }));
    }

    /** The workshop's draft sessions as snapshots, in time order; call inside a session. */
    public Uni<List<SessionSnapshot>> draftSnapshots(String workshopId) {
        return Session.<Session>find("workshopId = ?1 order by startsAt, room", workshopId).list()
                .map(sessions -> sessions.stream().map(codec::snapshotOf).toList());
    }

    private Uni<SessionView> save(Workshop workshop, Session session, SessionRequest request) {
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt().toInstant();
        SessionSnapshot.Kind kind = SessionSnapshot.Kind.valueOf(request.kind().name());
        return presented(workshop, session, kind, request)
                .flatMap(presented -> Session.<Session>find("workshopId = ?1 and status = ?2 and startsAt < ?3 and endsAt > ?4 and id <> ?5",
                                workshop.id, Session.SCHEDULED, ends, starts, session.id).list()
                        .flatMap(overlapping -> {
                            SessionRules.checkConflicts(request.room(), presented.speakers(), overlapping, codec);
                            session.title = presented.title().strip();
                            session.kind = request.kind().name();
                            session.startsAt = starts;
                            session.endsAt = ends;
                            session.room = request.room().strip();
                            session.speakers = codec.write(presented.speakers());
                            session.abstractText = presented.abstractText();
                            session.papers = presented.papers().isEmpty() ? null : codec.write(presented.papers());
                            session.streamed = request.streamedOrDefault();
                            session.updatedAt = clock.instant();
                            return session.<Session>persist();
                        }))
                .map(saved -> SessionView.of(codec.snapshotOf(saved), workshop.zone()));
    }

    /** What the session shows: as requested, or, presenting papers, what they say ({@link Placement}). */
    private Uni<Placement.Presented> presented(Workshop workshop, Session session, SessionSnapshot.Kind kind,
            SessionRequest request) {
        List<PaperPlace> places = request.places();
        if (places.isEmpty()) {
            return Uni.createFrom().item(new Placement.Presented(request.title(), request.abstractText(),
                    request.speakersOrEmpty().stream()
                            .map(s -> new SessionSnapshot.Speaker(s.name().strip(), s.affiliation(), blankToNull(s.userId())))
                            .toList(), List.of()));
        }
        Set<UUID> alreadyHere = session.papers == null ? Set.of()
                : codec.placesOf(session).stream().map(PaperPlace::paperId).collect(Collectors.toSet());
        return papers.of(workshop.id, places.stream().map(PaperPlace::paperId).toList())
                .flatMap(found -> placedElsewhere(workshop.id, session.id).flatMap(elsewhere -> {
                    Placement.check(kind, places, found, alreadyHere, elsewhere);
                    return papers.present(workshop.id, kind, request.title(), request.abstractText(), places, found);
                }));
    }

    private Uni<Map<UUID, Placement.PlacedElsewhere>> placedElsewhere(String workshopId, UUID sessionId) {
        return Session.<Session>list("workshopId = ?1 and status = ?2 and papers is not null and id <> ?3",
                        workshopId, Session.SCHEDULED, sessionId)
                .map(others -> {
                    Map<UUID, Placement.PlacedElsewhere> placed = new HashMap<>();
                    for (Session other : others) {
                        codec.placesOf(other).forEach(place -> placed.put(place.paperId(),
                                new Placement.PlacedElsewhere(other.id, other.title)));
                    }
                    return placed;
                });
    }

    private static Uni<Session> existing(UUID sessionId) {
        return Session.<Session>findById(sessionId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("There is no session " + sessionId + "."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
