package dev.workshops.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * The machine's ceilings, measured in the same run as the figures they frame: the rate of single-row updates
 * PostgreSQL commits one after another on one connection (here), and the request rate of a trivial endpoint of
 * the same service (its liveness check: no database, no token), driven by Gatling itself just before the timed
 * part ({@link #trivialEndpoint}), so that the load generator's own limits are in both. Whether PostgreSQL syncs its
 * commits to disk ({@code deploy/local/stack up} does, {@code --no-durability} does not) moves every figure that
 * writes, so it is printed with them.
 */
record Ceilings(double postgresUpdatesPerSecond, String postgresDurability) {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE_FOR = Duration.ofSeconds(8);
    private static final int IN_FLIGHT = 64;

    static Ceilings measure() {
        return new Ceilings(postgresUpdateRate(), readPostgresDurability());
    }

    /**
     * 64 users asking the service's liveness endpoint again and again: a few seconds to warm both JVMs up, then
     * {@code MEASURE_FOR} with each answer timed.
     */
    static PopulationBuilder trivialEndpoint(String serviceUrl, Figures figures) {
        ChainBuilder ask = exec(session -> session.set("start", System.nanoTime()))
                .exec(http("liveness").get(serviceUrl + "/q/health/live").check(status().is(200)));
        PopulationBuilder warmUp = scenario("ceiling: warm-up").during(WARM_UP).on(ask).injectOpen(atOnceUsers(IN_FLIGHT));
        PopulationBuilder measured = scenario("ceiling: trivial endpoint").during(MEASURE_FOR).on(ask.exec(session -> {
                    if (!session.isFailed()) {
                        figures.record(session.getLong("start"), System.nanoTime());
                    }
                    return session;
                })).injectOpen(atOnceUsers(IN_FLIGHT));
        return warmUp.andThen(measured);
    }

    String describe(Figures trivial) {
        return String.format(Locale.ROOT, "ceilings: trivial endpoint %.0f requests/s (p99 %.1f ms), PostgreSQL %.0f single-row updates/s (%s)",
                trivial.perSecond(), trivial.percentileMillis(99), postgresUpdatesPerSecond, postgresDurability);
    }

    /** PostgreSQL's fsync and synchronous_commit, and what they mean for the figures. */
    private static String readPostgresDurability() {
        try (Connection admin = DriverManager.getConnection(Stack.jdbcUrl("postgres"), "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            String fsync = show(statement, "fsync");
            String synchronousCommit = show(statement, "synchronous_commit");
            boolean durable = fsync.equals("on") && !synchronousCommit.equals("off");
            return "fsync " + fsync + ", synchronous_commit " + synchronousCommit
                    + (durable ? ": durable" : ": WITHOUT DURABILITY, commits are not on disk when answered");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read PostgreSQL's settings at " + Stack.jdbcUrl("postgres"), e);
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
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
