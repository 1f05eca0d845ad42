package dev.workshops.streaming.stream;

import dev.workshops.support.time.Timestamps;
import dev.workshops.streaming.session.ReleasedSession;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.validation.WebUrls;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class StreamService {

    static final String SCHEDULED = "SCHEDULED";

    private final StreamingConfig config;

    public StreamService(StreamingConfig config) {
        this.config = config;
    }

    @WithTransaction
    public Uni<OrganizerStreamView> configure(UUID sessionId, StreamRequest request) {
        requireWebUrl("playbackUrl", request.playbackUrl());
        if (request.backupUrl() != null) {
            requireWebUrl("backupUrl", request.backupUrl());
        }
        return ReleasedSession.<ReleasedSession>findById(sessionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Session " + sessionId + " is not in any released schedule."))
                .flatMap(session -> {
                    if (!session.streamed) {
                        throw ProblemException.conflict("Session '" + session.title + "' is not streamed.");
                    }
                    if ("CANCELLED".equals(session.status)) {
                        throw ProblemException.conflict("Session '" + session.title + "' is cancelled.");
                    }
                    return Stream.<Stream>findById(sessionId).flatMap(held -> {
                        Stream stream = held != null ? held : newStream(session);
                        stream.provider = request.provider().name();
                        stream.playbackUrl = request.playbackUrl();
                        stream.backupUrl = request.backupUrl();
                        stream.version += 1;
                        stream.updatedAt = Timestamps.now();
                        return stream.<Stream>persist();
                    });
                })
                .map(OrganizerStreamView::of);
    }

    @WithSession
    public Uni<List<StreamListing>> listFor(String workshopId) {
        return Stream.<Stream>list("workshopId", workshopId).flatMap(streams -> {
            Map<UUID, Stream> bySession = streams.stream().collect(Collectors.toMap(s -> s.sessionId, Function.identity()));
            return ReleasedSession.<ReleasedSession>list("workshopId", Sort.by("startsAt"), workshopId)
                    .map(sessions -> sessions.stream()
                            .filter(session -> bySession.containsKey(session.sessionId))
                            .map(session -> new StreamListing(session.sessionId, session.title, session.startsAt,
                                    session.endsAt, bySession.get(session.sessionId).status,
                                    session.startsAt.minus(config.joinOpensBefore()), 0))
                            .toList());
        });
    }

    private static Stream newStream(ReleasedSession session) {
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
