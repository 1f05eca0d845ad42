package dev.workshops.support.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the event backbone's tables small: deletes outbox rows sent longer ago than
 * {@code workshop.events.sent-outbox-retention} and {@code processed_event} rows older than
 * {@code workshop.events.processed-event-retention}, in batches of {@code workshop.events.housekeeping-batch-size}
 * (each its own short statement, so neither the relay nor a consumer waits long), and exports their sizes as
 * {@code workshop_table_rows{table}}.
 *
 * <p>Why deleting is safe. Nothing reads a sent outbox row: the relay reads unsent rows only, and an unsent row is
 * never deleted, however old. A {@code processed_event} row only matters while the same event can arrive again:
 * a republish after a relay crash (minutes), a redelivery after an uncommitted offset (the next poll), or a replay
 * of a topic by a consumer group whose offsets were lost or reset. A replay of a non-compacted topic
 * ({@code schedule-releases}, {@code announcements}) reaches back at most the topic's retention (the broker's
 * 7 days; the broker also forgets an idle group's offsets after 7 days), shorter than the 30 days kept. A replay of
 * a compacted topic can bring any older snapshot back, but each carries its aggregate's version and every
 * projection refuses one not newer than what it holds, and notification-service tells each fact to each person
 * once ({@code notification_once}), so such a redelivery changes nothing without its id. A dead letter re-driven
 * later was never applied, so it has no row to miss. Ages are read by PostgreSQL's clock, which stamped them.
 */
@ApplicationScoped
public class Housekeeping {

    /** What one pass deleted. */
    public record Swept(long sentOutboxRows, long processedEventRows) {
    }

    private static final String SENT_OUTBOX = """
            DELETE FROM outbox_event WHERE id IN (
                SELECT id FROM outbox_event
                WHERE sent_at < clock_timestamp() - $1::bigint * INTERVAL '1 second'
                ORDER BY sent_at LIMIT $2 FOR UPDATE SKIP LOCKED)""";
    private static final String OLD_PROCESSED = """
            DELETE FROM processed_event WHERE event_id IN (
                SELECT event_id FROM processed_event
                WHERE processed_at < clock_timestamp() - $1::bigint * INTERVAL '1 second'
                ORDER BY processed_at LIMIT $2 FOR UPDATE SKIP LOCKED)""";

    private final Pool pool;
    private final EventsConfig config;
    private final Map<String, AtomicLong> rows = Map.of("outbox_event", new AtomicLong(), "processed_event", new AtomicLong());

    public Housekeeping(Pool pool, EventsConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        rows.forEach((table, count) -> Gauge.builder("workshop.table.rows", count, AtomicLong::get)
                .description("Rows in an event backbone table, counted after each housekeeping pass")
                .tag("table", table).register(registry));
    }

    @Scheduled(identity = "event-housekeeping", every = "${workshop.events.housekeeping-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep().replaceWithVoid();
    }

    /** One pass: both deletions, then the tables' sizes. */
    public Uni<Swept> sweep() {
        return deleteInBatches(SENT_OUTBOX, config.sentOutboxRetention().toSeconds(), 0)
                .flatMap(outbox -> deleteInBatches(OLD_PROCESSED, config.processedEventRetention().toSeconds(), 0)
                        .map(processed -> new Swept(outbox, processed)))
                .call(this::countRows);
    }

    private Uni<Long> deleteInBatches(String sql, long olderThanSeconds, long deletedSoFar) {
        int batch = config.housekeepingBatchSize();
        return pool.preparedQuery(sql).execute(Tuple.of(olderThanSeconds, batch)).flatMap(result -> {
            long deleted = deletedSoFar + result.rowCount();
            return result.rowCount() < batch ? Uni.createFrom().item(deleted) : deleteInBatches(sql, olderThanSeconds, deleted);
        });
    }

    private Uni<Void> countRows() {
        return pool.query("SELECT (SELECT count(*) FROM outbox_event) AS outbox_event, "
                        + "(SELECT count(*) FROM processed_event) AS processed_event").execute()
                .invoke(result -> result.forEach(row -> rows.forEach((table, count) -> count.set(row.getLong(table)))))
                .replaceWithVoid();
    }
}
