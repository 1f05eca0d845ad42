package dev.workshops.streaming.stream;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.EventTypes;
import dev.workshops.events.StreamChanged;
import dev.workshops.events.Topics;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.sessions.KnownSession;
import dev.workshops.support.validation.WebUrls;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class StreamService {

    static final String SCHEDULED = StreamChanged.Status.SCHEDULED.name();
    static final String LIVE = StreamChanged.Status.LIVE.name();
    static final String ENDED = StreamChanged.Status.ENDED.name();
    static final String RECORDING = StreamChanged.Status.RECORDING.name();

    private final StreamingConfig config;
    private final Outbox outbox;
    private final Viewers viewers;
    private final Clock clock;

    public StreamService(StreamingConfig config, Outbox outbox, Viewers viewers, Clock clock) {
        this.config = config;
        this.outbox = outbox;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** SCHEDULED → LIVE. */
    @WithTransaction
    public Uni<OrganizerStreamView> goLive(UUID sessionId) {
        return transition(sessionId, SCHEDULED, stream -> {
            stream.status = LIVE;
            stream.startedAt = clock.instant();
            viewers.live(stream.workshopId, sessionId);
        }, StreamChanged.Reason.LIVE);
    }

    /** LIVE → ENDED. */
    @WithTransaction
    public Uni<OrganizerStreamView> end(UUID sessionId) {
        return transition(sessionId, LIVE, stream -> {
            stream.status = ENDED;
            stream.endedAt = clock.instant();
            viewers.ended(sessionId);
        }, StreamChanged.Reason.ENDED);
    }

    /** ENDED (or RECORDING, to replace the URL) → RECORDING. */
    @WithTransaction
    public Uni<OrganizerStreamView> recording(UUID sessionId, String recordingUrl) {
        requireWebUrl("recordingUrl", recordingUrl);
        return locked(sessionId).flatMap(stream -> {
            if (!ENDED.equals(stream.status) && !RECORDING.equals(stream.status)) {
                throw illegal(stream, RECORDING);
            }
            stream.status = RECORDING;
            stream.recordingUrl = recordingUrl.strip();
            return changed(stream, StreamChanged.Reason.RECORDING_AVAILABLE);
        });
    }

    private Uni<OrganizerStreamView> transition(UUID sessionId, String from, Consumer<Stream> change,
            StreamChanged.Reason reason) {
        return locked(sessionId).flatMap(stream -> {
            if (!from.equals(stream.status)) {
                throw illegal(stream, reason.name());
            }
            change.accept(stream);
            return changed(stream, reason);
        });
    }

    private static ProblemException illegal(Stream stream, String wanted) {
        return ProblemException.conflict("A stream that is " + stream.status + " cannot become " + wanted + ".")
                .with("streamStatus", stream.status);
    }

    private static Uni<Stream> locked(UUID sessionId) {
        return Stream.<Stream>findById(sessionId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session " + sessionId + " has no stream."));
    }

    /** Bumps the version and records the snapshot (without URLs) for `streams`. */
    private Uni<OrganizerStreamView> changed(Stream stream, StreamChanged.Reason reason) {
        stream.version += 1;
        stream.updatedAt = clock.instant();
        // The session's title travels with the fact: a notice about the stream must not wait for the release.
        return KnownSession.<KnownSession>findById(stream.sessionId).flatMap(session -> {
            StreamChanged snapshot = new StreamChanged(stream.sessionId, stream.workshopId, stream.provider,
                    StreamChanged.Status.valueOf(stream.status), stream.startedAt, stream.endedAt, stream.version, reason,
                    session == null ? null : session.title, null);
            return stream.<Stream>persist()
                    .flatMap(saved -> outbox.record(Topics.STREAMS, stream.sessionId.toString(), EventTypes.STREAM_CHANGED,
                            stream.sessionId.toString(), snapshot));
        }).map(recorded -> OrganizerStreamView.of(stream));
    }

    @WithTransaction
    public Uni<OrganizerStreamView> configure(UUID sessionId, StreamRequest request) {
        requireWebUrl("playbackUrl", request.playbackUrl());
        if (request.backupUrl() != null) {
            requireWebUrl("backupUrl", request.backupUrl());
        }
        return KnownSession.<KnownSession>findById(sessionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Session " + sessionId + " is not in any released schedule."))
                .flatMap(session -> {
                    if (!session.streamed) {
                        throw ProblemException.conflict("Session '" + session.title + "' is not streamed.");
                    }
                    if (SessionSnapshot.Status.CANCELLED.name().equals(session.status)) {
                        throw ProblemException.conflict("Session '" + session.title + "' is cancelled.");
                    }
                    return Stream.<Stream>findById(sessionId, LockModeType.PESSIMISTIC_WRITE).flatMap(held -> {
                        Stream stream = held != null ? held : newStream(session);
                        stream.provider = request.provider().name();
                        stream.playbackUrl = request.playbackUrl().strip();
                        stream.backupUrl = request.backupUrl() == null ? null : request.backupUrl().strip();
                        return changed(stream, StreamChanged.Reason.CONFIGURED);
                    });
                });
    }

    @WithSession
    public Uni<List<StreamListing>> listFor(String workshopId) {
        return Stream.<Stream>list("workshopId", workshopId).flatMap(streams -> {
            Map<UUID, Stream> bySession = streams.stream().collect(Collectors.toMap(s -> s.sessionId, Function.identity()));
            return KnownSession.<KnownSession>list("workshopId", Sort.by("startsAt"), workshopId)
                    .map(sessions -> sessions.stream()
                            .filter(session -> bySession.containsKey(session.sessionId))
                            .map(session -> new StreamListing(session.sessionId, session.title, session.startsAt,
                                    session.endsAt, bySession.get(session.sessionId).status,
                                    session.startsAt.minus(config.joinOpensBefore()), viewers.of(session.sessionId)))
                            .toList());
        });
    }

    private static Stream newStream(KnownSession session) {
        Stream stream = new Stream();
        stream.sessionId = session.sessionId;
        stream.workshopId = session.workshopId;
        stream.status = SCHEDULED;
        stream.version = 0;
        return stream;
    }

    private static void requireWebUrl(String field, String url) {
        if (!WebUrls.isWeb(url)) {
            throw ProblemException.invalid(field, WebUrls.EXPECTATION);
        }
    }
}
