package dev.workshops.support.registrations;

import dev.workshops.events.RegistrationChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Applies `registrations` snapshots to {@link HeldRegistration}; call it from the service's own
 * {@code @Incoming("registrations")} consumer, inside {@code EventConsumer}'s transaction. A snapshot older than
 * the one held is ignored ({@link RegistrationChanged#supersedes}).
 */
@ApplicationScoped
public class RegistrationFacts {

    public Uni<Void> apply(RegistrationChanged snapshot) {
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
                    registration.mode = snapshot.mode();
                    registration.status = snapshot.status();
                    registration.streamAccess = snapshot.streamAccess();
                    registration.createdAt = snapshot.createdAt();
                    registration.version = snapshot.version();
                    registration.email = snapshot.email();
                    registration.emailVerified = snapshot.emailVerified();
                    return registration.persist().replaceWithVoid();
                });
    }
}
