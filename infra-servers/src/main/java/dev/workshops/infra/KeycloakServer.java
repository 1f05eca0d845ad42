package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the distribution infra-dists unpacked, in development mode, the realm {@code workshop} imported from
 * {@code deploy/keycloak/} when its database does not hold it yet. The database is H2, in memory or, durable, in a
 * file under a directory of the caller's; both are {@code --db=dev-file} with another URL, so the distribution is
 * built once for both (a change of {@code --db} rebuilds it). The hostname is pinned to {@code localhost} so the
 * token issuer does not depend on how a client reached the server.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "workshop";
    // An idle machine boots it in about 25 s; a shared one at load 35 has taken 177 s, so the deadline is wide.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(360);

    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final Path databaseDir;
    private final String databaseUrl;
    private ChildProcess process;

    /** Keycloak with its database in memory: the realm as the file has it at every start. */
    public KeycloakServer(int port, int managementPort, Path logFile) {
        this(port, managementPort, logFile, null, Durability.OFF);
    }

    /**
     * Keycloak whose database is, durable, the H2 file {@code keycloakdb} in {@code databaseDir} (kept across
     * restarts: the realm, its users and its signing keys), else in memory.
     */
    public KeycloakServer(int port, int managementPort, Path logFile, Path databaseDir, Durability durability) {
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.databaseDir = durability.keepsData() ? databaseDir.toAbsolutePath() : null;
        this.databaseUrl = durability.keepsData()
                ? "jdbc:h2:file:" + this.databaseDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE"
                : "jdbc:h2:mem:keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1";
    }

    public synchronized KeycloakServer start() {
        for (int taken : List.of(port, managementPort)) {
            if (Ports.inUse(taken)) {
                throw new IllegalStateException("port " + taken + " is already taken; Keycloak cannot start there");
            }
        }
        Path home = InfraLocations.keycloakHome();
        copyRealm(home);
        if (databaseDir != null) {
            try {
                Files.createDirectories(databaseDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-file", "--db-url=" + databaseUrl,
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--http-management-host=127.0.0.1", "--http-management-port=" + managementPort,
                "--health-enabled=true", "--import-realm");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        process = ChildProcess.start("keycloak", command, env, logFile);
        Waiting.until("Keycloak realm " + REALM + " on port " + port, START_TIMEOUT, this::realmAnswers, process);
        return this;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Long pid() {
        return process == null ? null : process.pid();
    }

    /** An access token of a realm user (username = password for the dev users). */
    public String accessToken(String username) {
        return Tokens.accessToken(issuer(), username);
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    private boolean realmAnswers() {
        return HttpProbe.answers200(issuer() + "/.well-known/openid-configuration");
    }

    private static void copyRealm(Path home) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(InfraLocations.keycloakRealmFile(), importDir.resolve(REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
