package dev.workshops.support.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.CloudEventHeaders;
import dev.workshops.infra.KafkaBroker;
import dev.workshops.infra.RealInfra;
import dev.workshops.infra.TestEvents;
import dev.workshops.support.events.probe.ProbeChanged;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventBackboneTest {

    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(120);

    @ConfigProperty(name = "workshop.test.kafka")
    String bootstrap;

    @jakarta.inject.Inject
    OutboxRelay relay;

    @Test
    void factsRecordedWhileTheBrokerIsDownAreAllDeliveredInKeyOrderAndAppliedOnce() {
        KafkaBroker broker = sameBrokerAsTheService();
        String run = "down-" + System.nanoTime() + "-";
        List<String> keys = IntStream.range(0, 20).mapToObj(i -> run + i).toList();

        broker.stop();
        try {
            for (int change = 0; change < 50; change++) {
                for (String key : keys) {
                    given().when().post("/probe/" + key).then().statusCode(200);
                }
            }
        } finally {
            broker.start();
        }

        for (String key : keys) {
            Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> effects(key).size() >= 50);
            assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), effects(key),
                    "every change of " + key + " applied once, in order");
        }
    }

    @Test
    void aRelayThatDiesBetweenPublishAndMarkRepublishesAndTheConsumerAbsorbsTheDuplicate() {
        String key = "crash-" + System.nanoTime();
        AtomicBoolean crashed = new AtomicBoolean();
        QuarkusMock.installMockForType(new OutboxLedger() {
            @Override
            public void markSent(SqlConnection connection, List<Long> ids) {
                if (!ids.isEmpty() && crashed.compareAndSet(false, true)) {
                    throw new IllegalStateException("simulated crash after publishing, before marking");
                }
                super.markSent(connection, ids);
            }
        }, OutboxLedger.class);

        given().when().post("/probe/" + key).then().statusCode(200);

        Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> published(key).size() >= 2);
        assertTrue(crashed.get());
        List<TestEvents.Received> copies = published(key);
        assertEquals(1, copies.stream().map(r -> r.header(CloudEventHeaders.ID)).distinct().count(),
                "the same fact, published twice");
        Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> !effects(key).isEmpty());
        assertEquals(List.of(1), effects(key), "its effect happened once");
    }

    @Test
    void relaysRunningAtOncePublishEachRowOnce() throws Exception {
        String run = "pair-" + System.nanoTime() + "-";
        List<String> keys = IntStream.range(0, 10).mapToObj(i -> run + i).toList();

        // Two more relays are already racing when 300 rows of 10 keys commit at once; the service's own
        // relay is woken by that commit. The broker stays up: a send that times out while the broker restarts
        // may still land, and that duplicate is the consumers' to absorb (the crash test above), not a race.
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> replica = () -> {
                int total = 0;
                long deadline = System.nanoTime() + DELIVERY_DEADLINE.toNanos();
                while (System.nanoTime() < deadline && keys.stream().anyMatch(k -> effects(k).size() < 30)) {
                    total += relay.publishBatch();
                }
                return total;
            };
            List<Future<Integer>> results = List.of(replicas.submit(replica), replicas.submit(replica));
            given().queryParam("keys", 10).queryParam("changes", 30)
                    .when().post("/probe/" + run + "/batch").then().statusCode(200);
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            replicas.shutdownNow();
        }

        List<TestEvents.Received> onTopic = TestEvents.readAll(bootstrap, ProbeChanged.TOPIC)
                .stream().filter(r -> r.key() != null && r.key().startsWith(run)).toList();
        Map<String, Long> copiesPerFact = onTopic.stream()
                .collect(Collectors.groupingBy(r -> r.header(CloudEventHeaders.ID), Collectors.counting()));
        assertEquals(300, copiesPerFact.size(), "every row was published");
        assertEquals(Map.of(), copiesPerFact.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no row was published twice");
        for (String key : keys) {
            assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), effects(key));
        }
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheNextGoodMessageIsApplied() {
        String run = "poison-" + System.nanoTime();
        TestEvents.publishRaw(bootstrap, ProbeChanged.TOPIC, run, ProbeChanged.TYPE, "/test", "{not json");
        TestEvents.publishRaw(bootstrap, ProbeChanged.TOPIC, run, "test.probe.unknown.v9", "/test",
                "{\"key\":\"" + run + "\",\"value\":1,\"changedAt\":\"2026-11-22T10:00:00Z\"}");
        TestEvents.publishRaw(bootstrap, ProbeChanged.TOPIC, run, ProbeChanged.TYPE, "/test", "{\"key\":\"" + run + "\"}");
        TestEvents.publishRaw(bootstrap, ProbeChanged.TOPIC, run, ProbeChanged.TYPE, "/test", "{\"key\":\"" + run
                + "\",\"value\":1,\"changedAt\":\"2026-11-22T10:00:00Z\",\"origin\":\"TELEPATHY\"}");
        // Written before the body had an origin: read with the default and applied.
        TestEvents.publishRaw(bootstrap, ProbeChanged.TOPIC, "old-" + run, ProbeChanged.TYPE, "/test", "{\"key\":\"old-" + run
                + "\",\"value\":5,\"changedAt\":\"2026-11-22T10:00:00Z\"}");
        TestEvents.publish(bootstrap, ProbeChanged.TOPIC, "fails-" + run, ProbeChanged.TYPE, "/test",
                new ProbeChanged("fails-" + run, 1, java.time.Instant.now(), null));
        TestEvents.publish(bootstrap, ProbeChanged.TOPIC, run, ProbeChanged.TYPE, "/test",
                new ProbeChanged(run, 7, java.time.Instant.now(), null));

        Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> effects(run).equals(List.of(7)));
        Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> effects("old-" + run).equals(List.of(5)));
        Awaitility.await().atMost(DELIVERY_DEADLINE).untilAsserted(() -> {
            List<TestEvents.Received> dead = TestEvents.readAll(bootstrap, ProbeChanged.TOPIC + ".dlq").stream()
                    .filter(r -> r.key() != null && r.key().endsWith(run)).toList();
            assertEquals(5, dead.size(), "four poison messages and one that kept failing");
            assertEquals(4, dead.stream().filter(r -> "poison".equals(r.header("dlq-reason"))).count());
            assertTrue(dead.stream().anyMatch(r -> "test.probe.changed.v1: missing required field changedAt"
                    .equals(r.header("dlq-error"))));
            assertTrue(dead.stream().anyMatch(r -> "test.probe.changed.v1: unknown origin \"TELEPATHY\" (known: [SINGLE, BATCH])"
                    .equals(r.header("dlq-error"))), () -> dead.stream().map(r -> r.header("dlq-error")).toList().toString());
            assertEquals(1, dead.stream().filter(r -> "failed-after-retries".equals(r.header("dlq-reason"))).count());
            assertTrue(dead.stream().allMatch(r -> r.header("dlq-error") != null && ProbeChanged.TOPIC.equals(r.header("dlq-original-topic"))));
        });
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("workshop_dlq_total{topic=\"probe-facts\"}"))
                .body(org.hamcrest.Matchers.containsString("workshop_events_consumed_total"))
                .body(org.hamcrest.Matchers.containsString("workshop_outbox_pending{service=\"backbone-probe\"}"));
    }

    /** Not a pass/fail check: writes commit-to-consumer latencies to target/ for the notes. */
    @Test
    void measuresLatencyFromCommitToConsumerEffect() throws IOException {
        String run = "latency-" + System.nanoTime() + "-";
        int changes = 200;
        for (int i = 0; i < changes; i++) {
            given().when().post("/probe/" + run + (i % 10)).then().statusCode(200);
        }
        Awaitility.await().atMost(DELIVERY_DEADLINE).until(() -> latencies(run).size() == changes);
        List<Double> millis = new ArrayList<>(latencies(run));
        Collections.sort(millis);
        Function<Double, Double> percentile = p -> millis.get((int) Math.min(millis.size() - 1, Math.ceil(p * millis.size()) - 1));
        String report = "commit -> consumer effect over %d sequential changes (10 keys): median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                .formatted(changes, percentile.apply(0.5), percentile.apply(0.95), percentile.apply(0.99), millis.getLast());
        Files.writeString(Path.of("target", "outbox-latency.txt"), report);
        System.out.print(report);
        assertEquals(changes, millis.size());
    }

    private KafkaBroker sameBrokerAsTheService() {
        KafkaBroker broker = RealInfra.kafka();
        assertEquals(bootstrap, broker.bootstrapServers(), "the test must control the broker the service uses");
        return broker;
    }

    private List<TestEvents.Received> published(String key) {
        return TestEvents.readAll(bootstrap, ProbeChanged.TOPIC)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private static List<Integer> effects(String key) {
        return given().when().get("/probe/" + key + "/effects").then().statusCode(200).extract().as(new TypeRef<>() {});
    }

    private static List<Double> latencies(String prefix) {
        return given().when().get("/probe/latencies/" + prefix).then().statusCode(200).extract().as(new TypeRef<>() {});
    }
}
