package dev.workshops.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's ceilings, measured in the same run as the figures they frame: the request rate of a trivial
 * endpoint of the same service (its liveness check: no database, no token), and the rate of single-row updates
 * PostgreSQL commits one after another on one connection.
 */
record Ceilings(double trivialRequestsPerSecond, double postgresUpdatesPerSecond) {

    private static final Duration MEASURE_FOR = Duration.ofSeconds(8);
    private static final int IN_FLIGHT = 64;

    static Ceilings measure(String serviceUrl) {
        return new Ceilings(trivialRate(serviceUrl + "/q/health/live"), postgresUpdateRate());
    }

    String describe() {
        return String.format(Locale.ROOT, "ceilings: trivial endpoint %.0f requests/s, PostgreSQL %.0f single-row updates/s",
                trivialRequestsPerSecond, postgresUpdatesPerSecond);
    }

    private static double trivialRate(String url) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + MEASURE_FOR.toNanos();
        try {
            while (System.nanoTime() < end) {
                slots.acquire();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    if (error == null && response.statusCode() == 200) {
                        done.incrementAndGet();
                    }
                    slots.release();
                });
            }
            slots.acquire(IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static double postgresUpdateRate() {
        try (Connection admin = DriverManager.getConnection(Stack.jdbcUrl("postgres"), "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            statement.execute("INSERT INTO bench_ceiling VALUES (1, 0) ON CONFLICT (id) DO NOTHING");
            try (PreparedStatement update = admin.prepareStatement("UPDATE bench_ceiling SET n = n + 1 WHERE id = 1")) {
                long updates = 0;
                long start = System.nanoTime();
                long end = start + MEASURE_FOR.toNanos();
                while (System.nanoTime() < end) {
                    update.executeUpdate();
                    updates++;
                }
                return updates / ((System.nanoTime() - start) / 1e9);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot measure PostgreSQL's update rate at " + Stack.jdbcUrl("postgres"), e);
        }
    }
}
