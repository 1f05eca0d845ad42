package dev.workshops.notification.schedule;

import dev.workshops.events.EventTypes;
import dev.workshops.events.StarChanged;
import dev.workshops.support.events.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps who starred what. A person's star changes share one key, so they arrive in order; applying one twice
 * (the consumer already ignores redeliveries) would change nothing either.
 */
@ApplicationScoped
public class StarProjection {

    private final EventConsumer events;

    public StarProjection(EventConsumer events) {
        this.events = events;
    }

    @Incoming("stars")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.STAR_CHANGED, StarChanged.class, this::apply);
    }

    Uni<Void> apply(StarChanged star) {
        return StarredSession.<StarredSession>findById(new StarredSession.Key(star.attendeeId(), star.sessionId()))
                .flatMap(held -> {
                    if (star.starred() && held == null) {
                        StarredSession starred = new StarredSession();
                        starred.attendeeId = star.attendeeId();
                        starred.sessionId = star.sessionId();
                        starred.workshopId = star.workshopId();
                        return starred.persist().replaceWithVoid();
                    }
                    if (!star.starred() && held != null) {
                        return held.delete();
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
