package dev.workshops.support.registrations;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.support.events.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes `registrations` into {@link HeldRegistration}. A service opts in with
 * {@code workshop.registrations.projection=true}, the {@code registrations} incoming channel and the
 * {@code db/registrations} Flyway location (see schedule-service's application.properties).
 */
@ApplicationScoped
@IfBuildProperty(name = "workshop.registrations.projection", stringValue = "true")
public class RegistrationProjection {

    private final EventConsumer events;
    private final RegistrationFacts registrations;

    public RegistrationProjection(EventConsumer events, RegistrationFacts registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    @Incoming("registrations")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.REGISTRATION_CHANGED, RegistrationChanged.class, registrations::apply);
    }
}
