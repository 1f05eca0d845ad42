package dev.workshops.schedule.registration;

import dev.workshops.schedule.workshop.AttendeeKey;
import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.support.events.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps {@link HeldRegistration} up to date from `registrations`; an older snapshot than the one held is ignored. */
@ApplicationScoped
public class RegistrationProjection {

    private final EventConsumer events;

    public RegistrationProjection(EventConsumer events) {
        this.events = events;
    }

    @Incoming("registrations")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.REGISTRATION_CHANGED, RegistrationChanged.class, this::apply);
    }

    Uni<Void> apply(RegistrationChanged snapshot) {
        return HeldRegistration.<HeldRegistration>findById(new AttendeeKey(snapshot.workshopId(), snapshot.attendeeId()),
                        LockModeType.PESSIMISTIC_WRITE)
                .flatMap(held -> {
                    if (held != null && !snapshot.supersedes(held.registrationId, held.version, held.createdAt)) {
                        return Uni.createFrom().voidItem();
                    }
                    HeldRegistration registration = held != null ? held : new HeldRegistration();
                    registration.workshopId = snapshot.workshopId();
                    registration.attendeeId = snapshot.attendeeId();
                    registration.registrationId = snapshot.id();
                    registration.status = snapshot.status();
                    registration.streamAccess = snapshot.streamAccess();
                    registration.createdAt = snapshot.createdAt();
                    registration.version = snapshot.version();
                    return registration.persist().replaceWithVoid();
                });
    }
}
