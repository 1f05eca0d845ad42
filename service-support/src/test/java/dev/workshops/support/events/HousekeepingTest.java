package dev.workshops.support.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Sent outbox rows and processed ids past their retention go, in batches; everything younger stays. */
@QuarkusTest
class HousekeepingTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    Housekeeping housekeeping;

    @Inject
    Pool pool;

    @Test
    void deletesOnlyRowsPastTheirRetentionInBatchesAndExportsTheTableSizes() {
        List<UUID> oldSent = sentOutboxRows(5, 8);
        List<UUID> recentSent = sentOutboxRows(2, 6);
        List<UUID> oldProcessed = processedEvents(5, 31);
        List<UUID> recentProcessed = processedEvents(2, 29);

        housekeeping.sweep().await().atMost(DEADLINE);

        assertEquals(Set.copyOf(recentSent), remaining("outbox_event", oldSent, recentSent));
        assertEquals(Set.copyOf(recentProcessed), remaining("processed_event", oldProcessed, recentProcessed));
        assertEquals(0, pool.preparedQuery("INSERT INTO processed_event (event_id, topic) VALUES ($1, 'probe-facts') ON CONFLICT DO NOTHING")
                        .execute(Tuple.of(recentProcessed.getFirst())).await().atMost(DEADLINE).rowCount(),
                "an event processed within the retention is still refused when it comes again");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String table : List.of("outbox_event", "processed_event")) {
            double exported = metrics.lines().filter(line -> line.startsWith("workshop_table_rows{") && line.contains("table=\"" + table + "\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                    .orElseThrow(() -> new AssertionError("no workshop_table_rows for " + table));
            assertTrue(exported >= 2, table + " has at least the rows kept, but the metric says " + exported);
        }
    }

    private List<UUID> sentOutboxRows(int count, int daysAgo) {
        List<UUID> ids = ids(count);
        for (UUID id : ids) {
            pool.preparedQuery("""
                            INSERT INTO outbox_event (event_id, topic, message_key, lane, event_type, subject, occurred_at, payload, sent_at)
                            VALUES ($1, 'probe-facts', $2, 0, 'probe.changed', $2, now(), '{}', clock_timestamp() - $3::int * INTERVAL '1 day')""")
                    .execute(Tuple.of(id, id.toString(), daysAgo)).await().atMost(DEADLINE);
        }
        return ids;
    }

    private List<UUID> processedEvents(int count, int daysAgo) {
        List<UUID> ids = ids(count);
        for (UUID id : ids) {
            pool.preparedQuery("INSERT INTO processed_event (event_id, topic, processed_at) VALUES ($1, 'probe-facts', clock_timestamp() - $2::int * INTERVAL '1 day')")
                    .execute(Tuple.of(id, daysAgo)).await().atMost(DEADLINE);
        }
        return ids;
    }

    private Set<UUID> remaining(String table, List<UUID> older, List<UUID> younger) {
        List<UUID> all = new ArrayList<>(older);
        all.addAll(younger);
        return StreamSupport.stream(pool.preparedQuery("SELECT event_id FROM " + table + " WHERE event_id = ANY($1)")
                        .execute(Tuple.of(all.toArray(UUID[]::new))).await().atMost(DEADLINE).spliterator(), false)
                .map(row -> row.getUUID("event_id")).collect(Collectors.toSet());
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }
}
