package dev.workshops.support.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.support.database.EntityRows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final EntityRows rows;
    private final Clock clock;

    public Outbox(ObjectMapper json, EntityRows rows, Clock clock) {
        this.json = json;
        this.rows = rows;
        this.clock = clock;
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
     * The fact {@link #record} would write, not written, as the argument of the database function
     * {@code outbox_record} (R__event_backbone.sql), as JSON text ({@link EntityRows}): for a change made in one database call, which records its
     * fact in the same transaction (registration's admission).
     */
    public String prepareForDatabase(String topic, String key, String type, String subject, Object body) {
        return rows.of(prepare(topic, key, type, subject, body));
    }

    OutboxEvent prepare(String topic, String key, String type, String subject, Object body) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.lane = laneOf(key);
        event.eventType = type;
        event.subject = subject;
        event.occurredAt = clock.instant();
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
