package dev.workshops.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Restarts the embedded server as an operator would ({@code pg_ctl restart -m fast}): open connections are cut,
     * unfinished transactions roll back, and it comes back on the same port and data directory with what was
     * committed. The server tells where its data and binaries are, so this works whoever chose them.
     */
    public void restart(Duration timeout) {
        if (!isEmbedded()) {
            throw new IllegalStateException("an external PostgreSQL is not ours to restart");
        }
        String dataDirectory;
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement statement = connection.createStatement()) {
            ResultSet row = statement.executeQuery("SELECT current_setting('data_directory')");
            row.next();
            dataDirectory = row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask PostgreSQL where its data is", e);
        }
        // The server writes the command line it was started with to postmaster.opts: its binary comes first.
        Path postgresBinary;
        try {
            String opts = Files.readString(Path.of(dataDirectory, "postmaster.opts")).strip();
            postgresBinary = Path.of(opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split("\\s+")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how PostgreSQL was started", e);
        }
        Path dir = Path.of(dataDirectory);
        List<String> command = new ArrayList<>();
        // As root the embedded server runs in a user namespace of its own (PostgreSQL refuses root): so does pg_ctl.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        // restart takes the options the server was started with from its postmaster.opts.
        command.addAll(List.of(postgresBinary.resolveSibling("pg_ctl").toString(), "-D", dataDirectory, "-m", "fast", "-w",
                "-t", String.valueOf(timeout.toSeconds()), "-l", dir.resolveSibling(dir.getFileName() + "-restarted.log").toString(), "restart"));
        ChildProcess.runToCompletion("pg_ctl restart", command, dir.resolveSibling(dir.getFileName() + "-pg_ctl.log"), timeout.plusSeconds(30));
    }

    /** Whether it accepts a connection right now. */
    public boolean answers() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            return connection.isValid(2);
        } catch (SQLException notNow) {
            return false;
        }
    }
}
