package dev.workshops.schedule.paper;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.schedule.session.Session;
import dev.workshops.schedule.session.SessionCodec;
import dev.workshops.schedule.workshop.Workshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies `submissions` snapshots to {@link Paper} (an older one than held is ignored), inside
 * {@code EventConsumer}'s transaction; then every scheduled session presenting the paper follows it, so a
 * camera-ready change shows in the draft (and, released, as UPDATED).
 */
@ApplicationScoped
public class PaperFacts {

    private final Papers papers;
    private final SessionCodec sessions;
    private final Clock clock;

    public PaperFacts(Papers papers, SessionCodec sessions, Clock clock) {
        this.papers = papers;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Uni<Void> apply(SubmissionChanged fact) {
        return Paper.<Paper>findById(fact.submissionId(), LockModeType.PESSIMISTIC_WRITE).flatMap(held -> {
            if (held != null && held.version >= fact.version()) {
                return Uni.createFrom().voidItem();
            }
            Paper paper = held != null ? held : new Paper();
            paper.id = fact.submissionId();
            keep(paper, fact);
            return paper.<Paper>persist().flatMap(this::follow);
        });
    }

    private void keep(Paper paper, SubmissionChanged fact) {
        SubmissionChanged.CameraReady cameraReady = fact.cameraReady();
        paper.workshopId = fact.workshopId();
        paper.status = fact.status();
        paper.outcome = fact.decision() == null ? null : fact.decision().outcome();
        paper.format = fact.format();
        paper.version = fact.version();
        paper.updatedAt = clock.instant();
        if (cameraReady == null) {
            paper.title = fact.title();
            paper.abstractText = fact.abstractText();
            paper.authors = papers.write(fact.authors());
            paper.presenterEmail = null;
            paper.attendance = null;
            paper.archival = false;
            paper.pdfUrl = null;
            paper.cameraReadyAt = null;
        } else {
            paper.title = cameraReady.title();
            paper.abstractText = cameraReady.abstractText();
            paper.authors = papers.write(cameraReady.authors());
            paper.presenterEmail = cameraReady.presenterEmail();
            paper.attendance = cameraReady.attendance();
            paper.archival = cameraReady.archival();
            paper.pdfUrl = cameraReady.archival() ? cameraReady.pdfUrl() : null;
            paper.cameraReadyAt = cameraReady.sentAt();
        }
    }

    /** Under the workshop's lock, as every draft change: a session being edited meanwhile sees the paper after. */
    private Uni<Void> follow(Paper paper) {
        return Workshop.<Workshop>findById(paper.workshopId, LockModeType.PESSIMISTIC_WRITE).flatMap(workshop -> {
            if (workshop == null) {
                return Uni.createFrom().voidItem();
            }
            return presenting(workshop.id, session -> sessions.placesOf(session).stream().anyMatch(p -> p.paperId().equals(paper.id)));
        });
    }

    /**
     * Every scheduled session of the workshop presenting papers shows them as now known, inside the caller's
     * transaction under the workshop's lock: a release calls it first, so a presenter who registered since the
     * paper last changed is linked in what is released.
     */
    public Uni<Void> refreshSessions(String workshopId) {
        return presenting(workshopId, session -> true);
    }

    /** Refreshes, one after the other, the workshop's scheduled sessions presenting papers that {@code which} picks. */
    private Uni<Void> presenting(String workshopId, java.util.function.Predicate<Session> which) {
        return Session.<Session>list("workshopId = ?1 and status = ?2 and papers is not null", workshopId, Session.SCHEDULED)
                .flatMap(scheduled -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Session session : scheduled) {
                        if (which.test(session)) {
                            chain = chain.flatMap(done -> refresh(session));
                        }
                    }
                    return chain;
                });
    }

    private Uni<Void> refresh(Session session) {
        List<PaperPlace> places = sessions.placesOf(session);
        List<UUID> ids = places.stream().map(PaperPlace::paperId).toList();
        SessionSnapshot.Kind kind = SessionSnapshot.Kind.valueOf(session.kind);
        return papers.of(session.workshopId, ids)
                .flatMap(found -> papers.present(session.workshopId, kind, session.title, session.abstractText, places, found))
                .invoke(presented -> {
                    String speakers = sessions.write(presented.speakers());
                    String placed = sessions.write(presented.papers());
                    if (!Objects.equals(session.title, presented.title()) || !Objects.equals(session.abstractText, presented.abstractText())
                            || !session.speakers.equals(speakers) || !placed.equals(session.papers)) {
                        session.title = presented.title();
                        session.abstractText = presented.abstractText();
                        session.speakers = speakers;
                        session.papers = placed;
                        session.updatedAt = clock.instant();
                    }
                })
                .replaceWithVoid();
    }
}
