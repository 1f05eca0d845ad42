package dev.workshops.support.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a fact in the outbox, inside the caller's current Hibernate Reactive transaction, so the fact
 * exists if and only if the state change it describes commits. The {@link OutboxRelay} publishes it.
 *
 * <p>Record after writing the aggregate: the aggregate's row lock then orders two changes of one key, so
 * their outbox ids follow their commit order.
 */
@ApplicationScoped
public class Outbox {

    public static final int LANES = 16;

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Records {@code body} for {@code topic} under {@code key}; {@code subject} is the aggregate id. */
    public Uni<Void> record(String topic, String key, String type, String subject, Object body) {
        OutboxEvent event;
        try {
            event = prepare(topic, key, type, subject, body);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return event.persist().replaceWithVoid();
    }

    /**
     * The outbox row {@link #record} would write, not written: for a caller that inserts it itself, in the same
     * transaction as its state change (registration's admission does it in one database call).
     */
    public OutboxEvent prepare(String topic, String key, String type, String subject, Object body) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.lane = laneOf(key);
        event.eventType = type;
        event.subject = subject;
        event.occurredAt = Instant.now();
        try {
            event.payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event body cannot be written as JSON", e);
        }
        return event;
    }

    static short laneOf(String key) {
        return (short) Math.floorMod(key.hashCode(), LANES);
    }
}
