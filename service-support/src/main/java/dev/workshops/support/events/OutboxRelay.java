package dev.workshops.support.events;

import dev.workshops.events.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in order per key, waits for the broker's acknowledgement, then marks them
 * sent. Woken at once by PostgreSQL {@code NOTIFY} after a commit, and by a periodic sweep, so a crash, a
 * broker outage or a restart delays facts but never drops them. Safe with several replicas: a relay works
 * only on lanes it claimed with {@code FOR UPDATE SKIP LOCKED}, and a key always falls in the same lane.
 *
 * <p>A crash between publishing and marking republishes those rows later: consumers deduplicate on {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Pool pool;
    private final Vertx vertx;
    private final EventProducer producer;
    private final OutboxLedger ledger;
    private final EventsConfig config;
    private final TopicSetup topics;
    private final Timer publishLatency;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final String reactiveUrl;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public OutboxRelay(Pool pool, Vertx vertx, EventProducer producer, OutboxLedger ledger, EventsConfig config,
            TopicSetup topics, MeterRegistry registry, Clock clock,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.pool = pool;
        this.vertx = vertx;
        this.producer = producer;
        this.ledger = ledger;
        this.config = config;
        this.topics = topics;
        this.clock = clock;
        this.reactiveUrl = reactiveUrl;
        this.user = user;
        this.password = password;
        this.publishLatency = Timer.builder("workshop.outbox.publish")
                .description("From a fact's commit to the broker's acknowledgement")
                .publishPercentileHistogram()
                .register(registry);
        registry.gauge("workshop.outbox.pending", List.of(io.micrometer.core.instrument.Tag.of("service", service)), pending);
    }

    void start(@Observes StartupEvent started) {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        subscriber.channel("outbox_event").handler(ignored -> requestDrain());
        subscriber.connect().subscribe().with(
                connected -> requestDrain(),
                failure -> LOG.warnf("outbox relay cannot LISTEN (%s); it relies on its sweep until it can", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ignored -> { }, failure -> { });
        }
        relayThread.shutdown();
        try {
            relayThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sweep's job name, for a test that pauses it to prove a commit alone wakes the relay. */
    public static final String SWEEP = "outbox-relay-sweep";

    @Scheduled(identity = SWEEP, every = "${workshop.events.relay-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        requestDrain();
    }

    /** Asks for a drain; requests made while one is pending collapse into it. */
    public void requestDrain() {
        if (drainRequested.compareAndSet(false, true) && !relayThread.isShutdown()) {
            relayThread.execute(this::drain);
        }
    }

    private void drain() {
        drainRequested.set(false);
        try {
            topics.ensureCreated();
            int published;
            do {
                published = publishBatch();
                LOG.debugf("relay pass published %d", published);
            } while (published >= config.relayBatchSize());
            refreshPending();
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay pass failed; the next sweep retries");
        }
    }

    /**
     * One relay pass: claims free lanes, publishes up to a batch of their unsent rows in id order, waits for
     * the acknowledgements and marks the acknowledged ones sent, all in one database transaction.
     *
     * @return how many rows this pass published and marked
     */
    public int publishBatch() {
        SqlConnection connection = connection();
        try {
            Transaction transaction = connection.begin().await().indefinitely();
            try {
                List<Short> lanes = ledger.claimLanes(connection);
                List<OutboxLedger.Pending> rows = lanes.isEmpty() ? List.of()
                        : ledger.unsent(connection, lanes, config.relayBatchSize());
                List<Long> acknowledged = publish(rows);
                ledger.markSent(connection, acknowledged);
                transaction.commit().await().indefinitely();
                return acknowledged.size();
            } catch (RuntimeException e) {
                transaction.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    /**
     * Sends the rows in id order and returns the ids to mark sent. Nothing is sent after a send that fails at
     * once (the broker is away: every later send would wait as long and might succeed out of order); among the
     * rows sent, a lane keeps only the rows before its first failed acknowledgement, so order per key holds
     * when the rest is republished.
     */
    private List<Long> publish(List<OutboxLedger.Pending> rows) {
        List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
        for (OutboxLedger.Pending row : rows) {
            CompletableFuture<?> ack = producer.send(recordOf(row));
            if (ack.isCompletedExceptionally()) {
                break;
            }
            acks.add(ack);
        }
        List<Long> acknowledged = new ArrayList<>(acks.size());
        Set<Short> failedLanes = new HashSet<>();
        for (int i = 0; i < acks.size(); i++) {
            OutboxLedger.Pending row = rows.get(i);
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                if (!failedLanes.contains(row.lane())) {
                    acknowledged.add(row.id());
                    publishLatency.record(Duration.between(row.occurredAt(), clock.instant()));
                }
            } catch (Exception e) {
                failedLanes.add(row.lane());
            }
        }
        return acknowledged;
    }

    private ProducerRecord<String, String> recordOf(OutboxLedger.Pending row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers()
                .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .add(CloudEventHeaders.ID, bytes(row.eventId().toString()))
                .add(CloudEventHeaders.TYPE, bytes(row.type()))
                .add(CloudEventHeaders.SOURCE, bytes(config.source()))
                .add(CloudEventHeaders.SUBJECT, bytes(row.subject()))
                .add(CloudEventHeaders.TIME, bytes(row.occurredAt().toString()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
        return record;
    }

    private void refreshPending() {
        SqlConnection connection = connection();
        try {
            pending.set(ledger.countUnsent(connection));
        } finally {
            connection.close().await().indefinitely();
        }
    }

    /**
     * Waits for a connection as long as the pool lets anyone wait (BoundedPool's connection wait) and no longer.
     * A shorter wait of our own would leak: on giving up we would stay in the pool's queue, and the connection
     * the pool handed us later would never be closed.
     */
    private SqlConnection connection() {
        return pool.getConnection().await().indefinitely();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
