package dev.workshops.support.workshops;

import dev.workshops.events.EventTypes;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.support.events.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps {@link KnownWorkshop} up to date from workshop snapshots; an older snapshot than the one held is ignored.
 * A service opts in with {@code workshop.workshops.projection=true} (build time), an incoming {@code workshops}
 * channel and the Flyway location {@code db/workshops}.
 */
@ApplicationScoped
@IfBuildProperty(name = "workshop.workshops.projection", stringValue = "true")
public class WorkshopProjection {

    private final EventConsumer events;

    public WorkshopProjection(EventConsumer events) {
        this.events = events;
    }

    @Incoming("workshops")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.WORKSHOP_CHANGED, WorkshopChanged.class, this::apply);
    }

    Uni<Void> apply(WorkshopChanged snapshot) {
        return KnownWorkshop.<KnownWorkshop>findById(snapshot.workshopId())
                .flatMap(held -> {
                    if (held != null && held.version >= snapshot.version()) {
                        return Uni.createFrom().voidItem();
                    }
                    KnownWorkshop workshop = held != null ? held : new KnownWorkshop();
                    workshop.id = snapshot.workshopId();
                    workshop.title = snapshot.title();
                    workshop.timezone = snapshot.timezone();
                    workshop.startsAt = snapshot.startsAt();
                    workshop.endsAt = snapshot.endsAt();
                    workshop.version = snapshot.version();
                    workshop.venue = snapshot.venue();
                    return workshop.persist().replaceWithVoid();
                });
    }
}
