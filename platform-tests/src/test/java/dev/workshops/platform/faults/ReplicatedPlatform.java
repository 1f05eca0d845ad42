package dev.workshops.platform.faults;

import dev.workshops.infra.KafkaBroker;
import dev.workshops.infra.PlatformService;
import dev.workshops.infra.Ports;
import dev.workshops.infra.PostgresServer;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import dev.workshops.infra.SmtpSink;
import dev.workshops.platform.RealServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform with two replicas of each service a registration rush touches (schedule-, registration-, notification-
 * and streaming-service), each its own process on its own port, all on the same databases, broker, Keycloak and SMTP
 * server, for this test JVM. The servers and replicas can be killed and brought back, which is what the fault tests
 * do.
 */
final class ReplicatedPlatform {

    /** What a rush touches, two of each; submissions-service and the portal take no part in it. */
    static final Map<PlatformService, Integer> REPLICAS = new LinkedHashMap<>();

    static {
        for (PlatformService service : List.of(ServiceCatalogue.SCHEDULE, ServiceCatalogue.REGISTRATION, ServiceCatalogue.NOTIFICATION,
                ServiceCatalogue.STREAMING)) {
            REPLICAS.put(service, 2);
        }
    }

    /** Sweeps and gauges every second, so the tests need no long waits. */
    static final Map<String, String> FAST_SWEEPS = Map.of(
            "WORKSHOP_NOTIFICATION_REMINDERS_SWEEP", "1s",
            "WORKSHOP_REGISTRATION_SEAT_GAUGE_REFRESH", "1s",
            "WORKSHOP_REGISTRATION_OFFER_EXPIRY_SWEEP", "1s",
            "WORKSHOP_STREAMING_VIEWER_GAUGE_REFRESH", "1s",
            // The streamed session starts hours ahead, with the workshop, so that its day-before reminder is due now.
            "WORKSHOP_JOIN_OPENS_BEFORE", "PT6H");

    private static final Path WORK_DIR = Path.of("target", "platform-replicated").toAbsolutePath();
    private static ReplicatedPlatform running;

    final String issuer;
    final KafkaBroker kafka;
    final PostgresServer postgres;
    final SmtpSink smtp;
    private final RealServers servers;
    private final Map<PlatformService, List<ServiceProcess>> replicas = new LinkedHashMap<>();

    private ReplicatedPlatform(RealServers servers) {
        this.servers = servers;
        this.issuer = servers.issuer();
        this.kafka = servers.kafka();
        this.postgres = servers.postgres();
        this.smtp = servers.smtp();
    }

    static synchronized ReplicatedPlatform get() {
        if (running == null) {
            long started = System.nanoTime();
            running = new ReplicatedPlatform(RealServers.start());
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "replicated-platform-stop"));
            running.startReplicas();
            System.out.printf("replicated platform: %s ready %d s after the start%n", running.describe(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return running;
    }

    /** Both replicas of a service start together on one database: Flyway's lock lets one migrate while the other waits. */
    private void startReplicas() {
        REPLICAS.forEach((service, count) -> {
            List<ServiceProcess> each = new ArrayList<>();
            for (int replica = 0; replica < count; replica++) {
                each.add(startReplica(service, replica, Ports.free()));
            }
            replicas.put(service, each);
        });
        all().forEach(ServiceProcess::awaitReady);
    }

    private ServiceProcess startReplica(PlatformService service, int replica, int port) {
        return ServiceProcess.start(service, port, servers.wiring(), FAST_SWEEPS,
                WORK_DIR.resolve("logs/" + service.name() + "-" + replica + ".log"));
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        replicas.forEach((service, list) -> parts.add(list.size() + "x " + service.name() + " on "
                + list.stream().map(ServiceProcess::port).toList()));
        return String.join(", ", parts);
    }

    synchronized List<ServiceProcess> replicasOf(PlatformService service) {
        return List.copyOf(replicas.get(service));
    }

    synchronized ServiceProcess replica(PlatformService service, int index) {
        return replicas.get(service).get(index);
    }

    String url(PlatformService service, int index) {
        return replica(service, index).url();
    }

    /** Every replica of every service. */
    synchronized List<ServiceProcess> all() {
        return replicas.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Starts a killed replica again on its port (its old process must be gone) and waits until it is ready: the only
     * restart the fault tests make.
     */
    ServiceProcess restart(PlatformService service, int index, Duration deadline) {
        ServiceProcess fresh;
        synchronized (this) {
            ServiceProcess old = replica(service, index);
            if (old.isAlive()) {
                throw new IllegalStateException(old.name() + " on port " + old.port() + " still runs");
            }
            fresh = startReplica(service, index, old.port());
            replicas.get(service).set(index, fresh);
        }
        return fresh.awaitReady(deadline);
    }

    /** A JDBC connection to a service's database, for what the public API does not show (outbox, seat counters). */
    Connection database(PlatformService service) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(service.database()), postgres.user(), postgres.password());
    }

    private void stop() {
        all().parallelStream().forEach(ServiceProcess::close);
    }
}
