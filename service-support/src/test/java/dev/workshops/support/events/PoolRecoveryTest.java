package dev.workshops.support.events;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * After the relay has waited long for a connection of a full pool, every connection comes back to the pool.
 * (A relay that gave up waiting before the pool did stayed in the pool's queue, and the connection handed to it
 * later was never closed: a rush that outlasted the wait left a pool of idle connections nobody could use.)
 */
@QuarkusTest
class PoolRecoveryTest {

    private static final int POOL_SIZE = 2;

    @Inject
    Vertx vertx;

    @Inject
    EventProducer producer;

    @Inject
    OutboxLedger ledger;

    @Inject
    EventsConfig config;

    @Inject
    TopicSetup topics;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Test
    void everyConnectionComesBackAfterTheRelayWaitedLongForAFullPool() {
        // A pool that lets a caller wait 30 s: longer than any slow request below, so nobody should give up.
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(POOL_SIZE).setConnectionTimeout(30).setConnectionTimeoutUnit(TimeUnit.SECONDS))
                .connectingTo(PgConnectOptions.fromUri(url).setUser(user).setPassword(password))
                .using(vertx).build();
        try {
            OutboxRelay relay = new OutboxRelay(pool, vertx, producer, ledger, config, topics, registry, clock,
                    url, user, password, service);
            List<CompletableFuture<Void>> slowRequests = IntStream.range(0, POOL_SIZE)
                    .mapToObj(i -> holdForTwelveSeconds(pool.getConnection().await().indefinitely()))
                    .toList();

            // The relay asks while every connection is held for longer than the old 10 s it gave up after. The
            // holding is the point of the test, hence the timed pg_sleep rather than a wait for a condition.
            ExecutorService relayThread = Executors.newSingleThreadExecutor();
            CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(relay::publishBatch, relayThread);
            slowRequests.forEach(CompletableFuture::join);
            Throwable passFailure = pass.handle((published, failure) -> failure).join();
            relayThread.shutdown();

            ConcurrentLinkedQueue<SqlConnection> taken = new ConcurrentLinkedQueue<>();
            try {
                for (int i = 0; i < POOL_SIZE; i++) {
                    pool.getConnection().subscribe().with(taken::add, failure -> { });
                }
                Awaitility.await("all " + POOL_SIZE + " connections free again").atMost(Duration.ofSeconds(5))
                        .until(() -> taken.size() == POOL_SIZE);
            } finally {
                taken.forEach(SqlConnection::closeAndForget);
            }
            assertNull(passFailure, "the relay's pass waits for a free connection and then runs");
        } finally {
            pool.closeAndAwait();
        }
    }

    /** A slow request: holds its connection for twelve seconds, then gives it back. */
    private static CompletableFuture<Void> holdForTwelveSeconds(SqlConnection connection) {
        return connection.query("SELECT pg_sleep(12)").execute()
                .eventually(connection::close)
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }
}
