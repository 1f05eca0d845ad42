package dev.workshops.support.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.support.events.probe.ProbeChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fact recorded by a database function lands in the outbox exactly as Outbox would have written it. */
@QuarkusTest
class OutboxRecordTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @Test
    void aFactPreparedForTheDatabaseIsRecordedWithEveryColumnAndItsCompletion() {
        String key = "db-" + UUID.randomUUID();
        JsonObject fact = new JsonObject(outbox.prepareForDatabase("probe-facts", key, "probe.changed", key, new ProbeChanged(key, 0, Instant.now(), null)));

        Row recorded = pool.withTransaction(connection -> connection
                        .preparedQuery("SELECT outbox_record($1::text::jsonb, $2)").execute(Tuple.of(fact.encode(), new JsonObject().put("value", 7)))
                        .flatMap(done -> connection.preparedQuery("SELECT * FROM outbox_event WHERE event_id = $1")
                                .execute(Tuple.of(UUID.fromString(fact.getString("event_id"))))))
                .await().atMost(DEADLINE).iterator().next();

        assertEquals("probe-facts", recorded.getString("topic"));
        assertEquals(key, recorded.getString("message_key"));
        assertEquals(Outbox.laneOf(key), recorded.getShort("lane"));
        assertEquals("probe.changed", recorded.getString("event_type"));
        assertEquals(key, recorded.getString("subject"));
        assertEquals(fact.getInstant("occurred_at").truncatedTo(ChronoUnit.MICROS),
                recorded.getOffsetDateTime("occurred_at").toInstant());
        assertEquals(new JsonObject(fact.getString("payload")).put("value", 7), new JsonObject(recorded.getString("payload")));
    }
}
