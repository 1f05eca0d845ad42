package dev.workshops.support.calls;

import dev.workshops.events.CallChanged;
import dev.workshops.events.EventTypes;
import dev.workshops.support.events.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps {@link KnownCall} up to date from call snapshots; an older snapshot than the one held is ignored. A service
 * opts in with {@code workshop.calls.projection=true} (build time), an incoming {@code calls} channel and the Flyway
 * location {@code db/calls}.
 */
@ApplicationScoped
@IfBuildProperty(name = "workshop.calls.projection", stringValue = "true")
public class CallProjection {

    private final EventConsumer events;

    public CallProjection(EventConsumer events) {
        this.events = events;
    }

    @Incoming("calls")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.CALL_CHANGED, CallChanged.class, this::apply);
    }

    Uni<Void> apply(CallChanged call) {
        return KnownCall.<KnownCall>findById(call.workshopId()).flatMap(held -> {
            if (held != null && held.version >= call.version()) {
                return Uni.createFrom().voidItem();
            }
            KnownCall kept = held != null ? held : new KnownCall();
            kept.workshopId = call.workshopId();
            kept.opensAt = call.opensAt();
            kept.deadlineAt = call.deadlineAt();
            kept.version = call.version();
            return kept.persist().replaceWithVoid();
        });
    }
}
