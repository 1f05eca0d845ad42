package dev.workshops.support.sessions;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.support.events.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps {@link KnownSession} equal to the newest release of each workshop, for a service that needs nothing else
 * from `schedule-releases`. A service opts in with {@code workshop.sessions.projection=true} (build time) and an
 * incoming {@code schedule-releases} channel; its own migrations make {@code session_projection}. A service that
 * acts on releases too calls {@link SessionReleases} from its own consumer instead.
 */
@ApplicationScoped
@IfBuildProperty(name = "workshop.sessions.projection", stringValue = "true")
public class SessionProjection {

    private final EventConsumer events;
    private final SessionReleases releases;

    public SessionProjection(EventConsumer events, SessionReleases releases) {
        this.events = events;
        this.releases = releases;
    }

    @Incoming("schedule-releases")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.SCHEDULE_RELEASED, ScheduleReleased.class,
                release -> releases.apply(release).replaceWithVoid());
    }
}
