package dev.workshops.registration.workshop;

import dev.workshops.events.WorkshopChanged;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link KnownWorkshop} up to date from workshop snapshots; an older snapshot than the one held is ignored. */
@ApplicationScoped
public class WorkshopProjection {

    @Incoming("workshops")
    public Uni<Void> apply(WorkshopChanged snapshot) {
        return Panache.withTransaction(() -> KnownWorkshop.<KnownWorkshop>findById(snapshot.workshopId())
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
                    return workshop.persist().replaceWithVoid();
                }));
    }
}
