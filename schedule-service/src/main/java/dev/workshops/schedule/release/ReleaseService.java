package dev.workshops.schedule.release;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.Topics;
import dev.workshops.schedule.paper.PaperFacts;
import dev.workshops.schedule.session.SessionCodec;
import dev.workshops.schedule.session.SessionService;
import dev.workshops.schedule.session.SessionView;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.TimeZones;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** Releasing the draft as version N+1, and reading releases back. */
@ApplicationScoped
public class ReleaseService {

    static final TypeReference<List<SessionSnapshot>> SESSIONS = new TypeReference<>() { };
    static final TypeReference<List<ScheduleChange>> CHANGES = new TypeReference<>() { };
    static final TypeReference<SessionSnapshot> SNAPSHOT = new TypeReference<>() { };

    private final SessionService drafts;
    private final PaperFacts papers;
    private final SessionCodec codec;
    private final Outbox outbox;
    private final Clock clock;

    public ReleaseService(SessionService drafts, PaperFacts papers, SessionCodec codec, Outbox outbox, Clock clock) {
        this.drafts = drafts;
        this.papers = papers;
        this.codec = codec;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Releases the draft: the change log against the latest release, the release itself, the sessions' latest
     * released state (SEQUENCE +1 for each changed one) and the `schedule-releases` event, in one transaction
     * under the workshop's lock. Sessions presenting papers are brought up to date first (their presenters' accounts).
     */
    @WithTransaction
    public Uni<ReleaseViews.Released> release(String workshopId, String comment) {
        return pending(workshopId).flatMap(pending -> release(pending, comment));
    }

    /**
     * What releasing the draft now would publish, without publishing it: the same steps as {@link #release} (the
     * papers' sessions brought up to date, the change log against the latest release) in a transaction that is
     * rolled back, so the preview and the release cannot disagree and nothing is written. No change is an empty
     * list here, not a 409.
     */
    @WithTransaction
    public Uni<ReleaseViews.Preview> preview(String workshopId, String tz) {
        return Panache.currentTransaction().invoke(Mutiny.Transaction::markForRollback)
                .flatMap(rollback -> pending(workshopId))
                .map(pending -> {
                    ZoneId zone = tz == null ? pending.workshop().zone() : TimeZones.require(tz, "tz");
                    return new ReleaseViews.Preview(pending.latest(), pending.latest() + 1, zone.getId(),
                            ReleaseViews.changesOf(pending.latest() + 1, pending.changes(), zone));
                });
    }

    /** The draft as the next release would take it, under the workshop's lock; call inside a transaction. */
    private Uni<Pending> pending(String workshopId) {
        return Workshop.locked(workshopId).flatMap(workshop -> papers.refreshSessions(workshopId)
                .flatMap(refreshed -> drafts.draftSnapshots(workshopId))
                .flatMap(draft -> ReleasedSession.<ReleasedSession>list("workshopId", workshopId)
                        .flatMap(released -> latestVersion(workshopId)
                                .map(latest -> Pending.of(workshop, draft, released, latest, codec)))));
    }

    /** The draft, the latest release's sessions (their rows and their snapshots by id) and the changes between. */
    private record Pending(Workshop workshop, List<SessionSnapshot> draft, List<ReleasedSession> released,
            Map<UUID, SessionSnapshot> before, long latest, List<ScheduleChange> changes) {

        static Pending of(Workshop workshop, List<SessionSnapshot> draft, List<ReleasedSession> released, long latest,
                SessionCodec codec) {
            Map<UUID, SessionSnapshot> before = released.stream()
                    .collect(Collectors.toMap(r -> r.sessionId, r -> codec.read(r.snapshot, SNAPSHOT)));
            return new Pending(workshop, draft, released, before, latest, ChangeLog.between(before, draft));
        }
    }

    @WithSession
    public Uni<ReleaseViews.Schedule> schedule(String workshopId, Long version, String tz) {
        return Workshop.existing(workshopId).flatMap(workshop -> {
            ZoneId zone = tz == null ? workshop.zone() : TimeZones.require(tz, "tz");
            Uni<ScheduleRelease> release = version == null
                    ? ScheduleRelease.<ScheduleRelease>find("workshopId = ?1 order by version desc", workshopId).firstResult()
                    : ScheduleRelease.<ScheduleRelease>findById(new ScheduleRelease.Key(workshopId, version));
            return release.onItem().ifNull().failWith(() -> ProblemException.notFound(version == null
                            ? "The schedule of this workshop has not been released yet."
                            : "There is no version " + version + " of this workshop's schedule."))
                    .map(found -> new ReleaseViews.Schedule(workshopId, found.version, found.releasedAt, zone.getId(),
                            codec.read(found.sessions, SESSIONS).stream().map(s -> SessionView.of(s, zone)).toList()));
        });
    }

    @WithSession
    public Uni<ReleaseViews.Changes> changesSince(String workshopId, long since, String tz) {
        return Workshop.existing(workshopId).flatMap(workshop -> {
            ZoneId zone = tz == null ? workshop.zone() : TimeZones.require(tz, "tz");
            return ScheduleRelease.<ScheduleRelease>find("workshopId = ?1 and version > ?2 order by version", workshopId, since)
                    .list().map(releases -> new ReleaseViews.Changes(releases.stream()
                            .flatMap(r -> ReleaseViews.changesOf(r.version, codec.read(r.changes, CHANGES), zone).stream())
                            .toList()));
        });
    }

    private Uni<ReleaseViews.Released> release(Pending pending, String comment) {
        Workshop workshop = pending.workshop();
        List<SessionSnapshot> draft = pending.draft();
        long latest = pending.latest();
        Map<UUID, SessionSnapshot> before = pending.before();
        List<ScheduleChange> changes = pending.changes();
        Map<UUID, ReleasedSession> releasedById = pending.released().stream()
                .collect(Collectors.toMap(r -> r.sessionId, Function.identity()));
        if (changes.isEmpty()) {
            throw ProblemException.conflict(latest == 0 ? "The draft has no sessions to release."
                    : "Nothing changed since version " + latest + ".");
        }
        Set<UUID> changed = changes.stream().map(ScheduleChange::sessionId).collect(Collectors.toSet());
        // A cancelled session stays in every later release, so calendars show it cancelled instead of losing it.
        List<SessionSnapshot> sessions = draft.stream()
                .filter(s -> s.status() == SessionSnapshot.Status.SCHEDULED || before.containsKey(s.id())).toList();

        ScheduleRelease release = new ScheduleRelease();
        release.workshopId = workshop.id;
        release.version = latest + 1;
        release.releasedAt = clock.instant();
        release.comment = comment;
        release.sessions = codec.write(sessions);
        release.changes = codec.write(changes);

        List<ReleasedSession> added = new ArrayList<>();
        for (SessionSnapshot session : sessions) {
            ReleasedSession row = releasedById.get(session.id());
            if (row == null) {
                row = new ReleasedSession();
                row.sessionId = session.id();
                row.workshopId = workshop.id;
                row.sequence = 0;
                added.add(row);
            } else if (changed.contains(session.id())) {
                row.sequence += 1;
            }
            row.status = session.status().name();
            row.snapshot = codec.write(session);
        }
        ScheduleReleased event = new ScheduleReleased(workshop.id, release.version, release.releasedAt,
                workshop.timezone, sessions, changes, workshop.summary());
        return release.persist()
                .flatMap(saved -> added.isEmpty() ? Uni.createFrom().voidItem() : ReleasedSession.persist(added))
                .flatMap(saved -> outbox.record(Topics.SCHEDULE_RELEASES, workshop.id, EventTypes.SCHEDULE_RELEASED,
                        workshop.id, event))
                .map(recorded -> new ReleaseViews.Released(release.version, release.releasedAt,
                        ReleaseViews.changesOf(release.version, changes, workshop.zone())));
    }

    private static Uni<Long> latestVersion(String workshopId) {
        return ScheduleRelease.find("select coalesce(max(r.version), 0) from ScheduleRelease r where r.workshopId = ?1", workshopId)
                .project(Long.class).firstResult();
    }
}
