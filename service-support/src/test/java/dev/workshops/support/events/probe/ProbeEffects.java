package dev.workshops.support.events.probe;

import dev.workshops.support.events.EventConsumer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer of probe facts whose every effect is logged, so tests can see duplicates and order. */
@ApplicationScoped
public class ProbeEffects {

    private final EventConsumer events;

    public ProbeEffects(EventConsumer events) {
        this.events = events;
    }

    @Incoming("probe")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, ProbeChanged.TYPE, ProbeChanged.class, this::apply);
    }

    private Uni<Void> apply(ProbeChanged changed) {
        if (changed.key().startsWith("fails-")) {
            return Uni.createFrom().failure(new IllegalStateException("this consumer cannot apply " + changed.key()));
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO probe_effect (probe_key, value, changed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, changed.key())
                .setParameter(2, changed.value())
                .setParameter(3, changed.changedAt())
                .executeUpdate())
                .replaceWithVoid();
    }
}
