package dev.workshops.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL for one platform: an embedded server (zonky) on loopback, or an external one when
 * {@code WORKSHOP_PG_URL} is set ({@code postgresql://user:password@host:port}). Each service gets its own
 * database through {@link #createDatabase(String)}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String EXTERNAL_URL_VARIABLE = "WORKSHOP_PG_URL";

    private final EmbeddedPostgres embedded;
    private final Path dataDir;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, Path dataDir, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.dataDir = dataDir;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server on {@code port} (0 for any free port), unless an external one is configured. */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, Durability.OFF);
    }

    /**
     * Starts an embedded server on {@code port} (0 for any free port), unless an external one is configured. Durable,
     * it reuses {@code dataDir} when it holds a cluster (initdb only when it does not) and keeps it at stop; zonky's
     * {@code -F} (fsync off) is overridden by the later {@code fsync=on}.
     */
    public static PostgresServer start(Path dataDir, int port, Durability durability) {
        String external = System.getenv(EXTERNAL_URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return external(URI.create(external));
        }
        if (port != 0 && Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " is already taken; PostgreSQL cannot start there");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Ports.free() : port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!durability.keepsData())
                    .setServerConfig("fsync", durability.keepsData() ? "on" : "off")
                    .setServerConfig("synchronous_commit", durability.keepsData() ? "on" : "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return new PostgresServer(embedded, dataDir, "127.0.0.1", embedded.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static PostgresServer external(URI url) {
        String[] credentials = url.getUserInfo() == null ? new String[] {"postgres", ""} : url.getUserInfo().split(":", 2);
        return new PostgresServer(null, null, url.getHost(), url.getPort() < 0 ? 5432 : url.getPort(), credentials[0],
                credentials.length > 1 ? credentials[1] : "");
    }

    /** Creates the database when it does not exist yet. */
    public PostgresServer createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + name);
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form of the Vert.x reactive client. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Stops the embedded server and waits until it has finished its shutdown checkpoint (zonky's {@code pg_ctl stop}
     * waits 5 s only), so the next start on the same data directory does not meet the old server.
     */
    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path pidFile = dataDir.resolve("postmaster.pid");
            Waiting.until("PostgreSQL stopped (" + pidFile + " gone)", Duration.ofSeconds(120), () -> !Files.exists(pidFile), null);
        }
    }
}
