package dev.workshops.streaming.watch;

import dev.workshops.events.StreamChanged;
import dev.workshops.streaming.stream.StreamingConfig;
import dev.workshops.streaming.stream.Viewers;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import dev.workshops.support.links.PublicLinks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Issuing personal watch links and following them. Following one is the platform's hottest path: one
 * primary-key read of the person's registration (a cancellation must stop links at once) and the stream's state
 * from {@link StreamStates}; nothing else ({@link StreamAccess}).
 */
@ApplicationScoped
public class WatchService {

    private static final Duration RETRY_WHILE_A_REGISTRATION_ARRIVES = Duration.ofSeconds(1);

    /** The answer to a join: the link and when it stops working. */
    public record Join(String watchUrl, Instant expiresAt) {
    }

    private final WatchLinks links;
    private final StreamStates streams;
    private final StreamingConfig config;
    private final Viewers viewers;
    private final StreamAccess access;
    private final Clock clock;
    private final PublicLinks publicLinks;

    public WatchService(WatchLinks links, StreamStates streams, StreamingConfig config, Viewers viewers, StreamAccess access, Clock clock,
            PublicLinks publicLinks) {
        this.links = links;
        this.streams = streams;
        this.config = config;
        this.viewers = viewers;
        this.access = access;
        this.clock = clock;
        this.publicLinks = publicLinks;
    }

    public Uni<Join> join(UUID sessionId, Caller caller) {
        return streams.of(sessionId).flatMap(stream -> {
            if (stream == null || stream.streamStatus() == null) {
                throw ProblemException.notFound("Session " + sessionId + " has no stream.");
            }
            if (stream.sessionCancelled()) {
                throw ProblemException.conflict("This session has been cancelled.");
            }
            return access.has(stream.workshopId(), caller.id()).map(hasAccess -> {
                if (!hasAccess) {
                    // A registration made a moment ago reaches us as a fact shortly after its 201: ask to come back
                    // soon, rather than leave a client to retry as fast as it can while we apply that fact.
                    throw ProblemException.forbidden("Watching needs a registration with stream access for this workshop.")
                            .retryingAfter(RETRY_WHILE_A_REGISTRATION_ARRIVES);
                }
                Instant now = clock.instant();
                Instant opensAt = stream.startsAt().minus(config.joinOpensBefore());
                if (now.isBefore(opensAt)) {
                    throw ProblemException.conflict("You can join from " + opensAt + ".").with("joinOpensAt", opensAt);
                }
                Instant expiresAt;
                if (StreamChanged.Status.RECORDING.name().equals(stream.streamStatus())) {
                    expiresAt = now.plus(config.recordingLinkLifetime());
                } else {
                    expiresAt = stream.endsAt().plus(config.linkGrace());
                    if (!now.isBefore(expiresAt)) {
                        throw ProblemException.conflict("This session is over and its recording is not available yet.");
                    }
                }
                String token = links.issue(new WatchLinks.Claims(sessionId, expiresAt, caller.id()));
                return new Join(publicLinks.to("/watch/{token}", token), expiresAt);
            });
        });
    }

    /** Where a link leads now: the live stream, or the recording after the end. */
    public Uni<URI> follow(String token) {
        WatchLinks.Claims claims = links.verify(token).orElseThrow(() ->
                ProblemException.forbidden("This watch link is not valid: it is malformed or has been altered."));
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw ProblemException.gone("This watch link expired at " + claims.expiresAt() + "; ask for a new one.");
        }
        return streams.of(claims.sessionId()).flatMap(stream -> {
            if (stream == null || stream.streamStatus() == null || stream.sessionCancelled()) {
                throw ProblemException.gone("This session is no longer streamed.");
            }
            return access.has(stream.workshopId(), claims.attendeeId()).map(hasAccess -> {
                if (!hasAccess) {
                    throw ProblemException.forbidden("Your registration no longer gives access to this stream.");
                }
                String target = switch (StreamChanged.Status.valueOf(stream.streamStatus())) {
                    case RECORDING -> stream.recordingUrl();
                    case ENDED -> throw ProblemException.conflict("The stream has ended; its recording is not available yet.");
                    default -> stream.playbackUrl();
                };
                viewers.joined(stream.workshopId(), stream.sessionId(), claims.attendeeId(),
                        StreamChanged.Status.LIVE.name().equals(stream.streamStatus()));
                return URI.create(target);
            });
        });
    }
}
