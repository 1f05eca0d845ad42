package dev.workshops.support.events;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL: claim lanes, read what waits in them, mark what the broker acknowledged. */
@ApplicationScoped
public class OutboxLedger {

    /** An outbox row ready to publish. */
    public record Pending(long id, UUID eventId, String topic, String key, short lane, String type, String subject,
            Instant occurredAt, String payload) {
    }

    /**
     * Claims every lane no other relay holds, for the rest of the caller's transaction; another relay skips them
     * instead of waiting, and publishes what waits in them on its next pass. Claiming fewer than all free lanes
     * would leave a woken relay blind to a fact whose lane it did not take, until a later sweep.
     */
    public List<Short> claimLanes(SqlConnection connection) {
        List<Short> lanes = new ArrayList<>();
        connection.query("SELECT lane FROM outbox_lane FOR UPDATE SKIP LOCKED")
                .execute().await().indefinitely()
                .forEach(row -> lanes.add(row.getShort("lane")));
        return lanes;
    }

    public List<Pending> unsent(SqlConnection connection, List<Short> lanes, int limit) {
        List<Pending> pending = new ArrayList<>();
        connection.preparedQuery("""
                        SELECT id, event_id, topic, message_key, lane, event_type, subject, occurred_at, payload
                        FROM outbox_event WHERE sent_at IS NULL AND lane = ANY($1) ORDER BY id LIMIT $2""")
                .execute(Tuple.of(lanes.toArray(Short[]::new), limit)).await().indefinitely()
                .forEach(row -> pending.add(pendingOf(row)));
        return pending;
    }

    public void markSent(SqlConnection connection, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        connection.preparedQuery("UPDATE outbox_event SET sent_at = clock_timestamp() WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new))).await().indefinitely();
    }

    public long countUnsent(SqlConnection connection) {
        return connection.query("SELECT count(*) AS n FROM outbox_event WHERE sent_at IS NULL")
                .execute().await().indefinitely().iterator().next().getLong("n");
    }

    private static Pending pendingOf(Row row) {
        OffsetDateTime occurred = row.getOffsetDateTime("occurred_at");
        return new Pending(row.getLong("id"), row.getUUID("event_id"), row.getString("topic"),
                row.getString("message_key"), row.getShort("lane"), row.getString("event_type"),
                row.getString("subject"), occurred.toInstant(), row.getString("payload"));
    }
}
