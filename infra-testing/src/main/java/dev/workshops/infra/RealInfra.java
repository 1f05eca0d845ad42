package dev.workshops.infra;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The real servers of one test JVM, each started on first use on free loopback ports and stopped when the
 * JVM ends. Every test class of a module shares them.
 */
public final class RealInfra {

    private static final Path WORK_DIR = Path.of("target", "real-infra").toAbsolutePath();
    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();

    private static KafkaBroker kafka;
    private static PostgresServer postgres;
    private static KeycloakServer keycloak;
    private static SmtpSink smtp;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RealInfra::stopAll, "real-infra-stop"));
    }

    private RealInfra() {
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = started(new KafkaBroker(WORK_DIR.resolve("kafka-" + ProcessHandle.current().pid()), Ports.free()).start());
        }
        return kafka;
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = started(PostgresServer.start(WORK_DIR.resolve("postgres-" + ProcessHandle.current().pid()), 0));
        }
        return postgres;
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            keycloak = started(new KeycloakServer(Ports.free(), Ports.free(), WORK_DIR.resolve("keycloak.log")).start());
        }
        return keycloak;
    }

    public static synchronized SmtpSink smtp() {
        if (smtp == null) {
            smtp = started(new SmtpSink(Ports.free()).start());
        }
        return smtp;
    }

    private static <T extends AutoCloseable> T started(T server) {
        STARTED.push(server);
        return server;
    }

    private static synchronized void stopAll() {
        while (!STARTED.isEmpty()) {
            try {
                STARTED.pop().close();
            } catch (Exception e) {
                System.err.println("real-infra: stopping a server failed: " + e);
            }
        }
    }
}
