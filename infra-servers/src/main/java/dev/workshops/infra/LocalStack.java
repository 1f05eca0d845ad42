package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine, without Docker: PostgreSQL, Kafka, Keycloak, the SMTP sink and the four
 * services on fixed ports (each overridable by an environment variable). Started by {@code deploy/local/stack up},
 * it prints its progress, writes {@code components.tsv} and a {@code ready} marker into its run directory, and
 * runs until it is terminated; then it stops everything it started, newest first.
 */
public final class LocalStack {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path runDir;
    private final Path root = InfraLocations.projectRoot();
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, String[]> components = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

    private LocalStack(Path runDir) {
        this.runDir = runDir;
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(args.length > 0 ? args[0] : "deploy/local/.run").toAbsolutePath();
        boolean demo = List.of(args).contains("--demo");
        LocalStack stack = new LocalStack(runDir);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-stop"));
        try {
            stack.up(demo);
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void up(boolean demo) throws IOException {
        Files.createDirectories(runDir.resolve("logs"));
        Files.deleteIfExists(runDir.resolve("ready"));
        int postgresPort = port("WORKSHOP_POSTGRES_PORT", 15432);
        int kafkaPort = port("WORKSHOP_KAFKA_PORT", 9092);
        int keycloakPort = port("WORKSHOP_KEYCLOAK_PORT", 8180);
        int keycloakManagementPort = port("WORKSHOP_KEYCLOAK_MANAGEMENT_PORT", 9180);
        int smtpPort = port("WORKSHOP_SMTP_PORT", 3025);
        int smtpApiPort = port("WORKSHOP_SMTP_API_PORT", 8025);

        step("PostgreSQL on port " + postgresPort);
        PostgresServer postgres = track(PostgresServer.start(runDir.resolve("postgres"), postgresPort));
        PlatformService.ALL.forEach(service -> postgres.createDatabase(service.database()));
        component("postgresql", "postgresql://127.0.0.1:" + postgresPort + " (user postgres, one database per service)", "");

        step("Kafka on port " + kafkaPort);
        KafkaBroker kafka = track(new KafkaBroker(runDir.resolve("kafka"), kafkaPort).start());
        component("kafka", kafka.bootstrapServers(), "");

        step("Keycloak on port " + keycloakPort + " (the first start after a build takes about a minute)");
        KeycloakServer keycloak = track(new KeycloakServer(keycloakPort, keycloakManagementPort,
                runDir.resolve("logs/keycloak.log")).start());
        component("keycloak", keycloak.url() + "/admin (admin/admin; users olivia, mike, sam, stan, alice, bob = password)",
                keycloak.issuer() + "/.well-known/openid-configuration");

        step("SMTP sink on port " + smtpPort + " (web API " + smtpApiPort + ")");
        startSmtpSink(smtpPort, smtpApiPort);
        component("smtp", "smtp://127.0.0.1:" + smtpPort + ", mail at http://127.0.0.1:" + smtpApiPort + "/api/user/<email>/messages/",
                "http://127.0.0.1:" + smtpApiPort + "/api/service/readiness");

        ServiceProcess.Wiring wiring = new ServiceProcess.Wiring(postgres, kafka.bootstrapServers(), keycloak.issuer(),
                smtpPort, secret("ticket-key"), secret("watch-key"));
        List<ServiceProcess> services = new ArrayList<>();
        for (PlatformService service : PlatformService.ALL) {
            int port = port(service.portVariable(), service.defaultPort());
            step(service.name() + " on port " + port);
            ServiceProcess process = track(ServiceProcess.start(service, port, wiring, Map.of(),
                    runDir.resolve("logs/" + service.name() + ".log")));
            component(service.name(), "http://localhost:" + port + "/q/swagger-ui", process.healthUrl());
            services.add(process);
        }
        for (ServiceProcess service : services) {
            service.awaitReady();
            step(service.name() + " is ready");
        }
        startPortal(wiring);
        startPrometheus(services);
        if (demo) {
            step("Seeding the demo workshop");
            DemoSeed.seed(keycloak.issuer(), "http://127.0.0.1:" + port("WORKSHOP_SCHEDULE_PORT", 8082),
                    "http://127.0.0.1:" + port("WORKSHOP_REGISTRATION_PORT", 8081))
                    .forEach(line -> step("  " + line));
        }
        writeComponents();
        Files.writeString(runDir.resolve("ready"), String.valueOf(ProcessHandle.current().pid()));
        System.out.println("READY");
        System.out.flush();
    }

    /** The web portal, once the services it calls are ready; people open it at localhost, like Keycloak's issuer. */
    private void startPortal(ServiceProcess.Wiring wiring) {
        PlatformService portal = PlatformService.PORTAL;
        if (!Files.exists(portal.packagedJar())) {
            step("web-portal is not built (./mvnw -pl web-portal -am install -DskipTests): skipped");
            return;
        }
        int port = port(portal.portVariable(), portal.defaultPort());
        step("web-portal on port " + port);
        Map<String, String> environment = PlatformService.portalEnvironment(
                service -> "http://127.0.0.1:" + port(service.portVariable(), service.defaultPort()), secret("portal-secret"));
        ServiceProcess process = track(ServiceProcess.start(portal, port, wiring, environment,
                runDir.resolve("logs/" + portal.name() + ".log")));
        process.awaitReady();
        component(portal.name(), "http://localhost:" + port + "/ (sign in as alice/alice or bob/bob; stan/stan checks tickets in)",
                process.healthUrl());
        step("web-portal is ready: http://localhost:" + port + "/");
    }

    /** Prometheus scraping the services, when Debian's package is installed (optional on one machine). */
    private void startPrometheus(List<ServiceProcess> services) {
        if (!PrometheusServer.installed()) {
            step("Prometheus is not installed (apt-get install prometheus): skipped");
            return;
        }
        int port = port("WORKSHOP_PROMETHEUS_PORT", 9090);
        step("Prometheus on port " + port);
        Map<String, String> targets = new LinkedHashMap<>();
        services.forEach(service -> targets.put(service.name(), service.url().substring("http://".length())));
        PrometheusServer prometheus = track(PrometheusServer.start(runDir.resolve("prometheus"), port, targets, Duration.ofSeconds(5)));
        component("prometheus", prometheus.url() + "/graph (alert rules from deploy/prometheus/alerts.yml)", prometheus.url() + "/-/ready");
    }

    /**
     * A signing key of the local stack: the environment's {@code WORKSHOP_<NAME>} if set, else random for this
     * {@code up} (the data it signs lives no longer than the stack), the same for every service.
     */
    private String secret(String name) {
        return secrets.computeIfAbsent(name, LocalStack::newSecret);
    }

    private static String newSecret(String name) {
        String fromEnvironment = System.getenv("WORKSHOP_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /**
     * GreenMail keeps every message in memory: a benchmark's tens of thousands of emails (HTML and a calendar each)
     * ran 128 MB out of memory, and the sink stopped accepting mail. 1 GB holds a few benchmark runs.
     */
    private void startSmtpSink(int smtpPort, int apiPort) {
        ChildProcess sink = track(ChildProcess.startJvm("smtp-sink", List.of("-Xmx1g",
                        "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                        "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                        "-Dgreenmail.auth.disabled"),
                InfraLocations.greenmailStandaloneJar().toString(),
                "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner", List.of(), Map.of(),
                runDir.resolve("logs/smtp-sink.log")));
        Waiting.until("SMTP sink ready", Duration.ofSeconds(30),
                () -> HttpProbe.answers200("http://127.0.0.1:" + apiPort + "/api/service/readiness") && Ports.inUse(smtpPort), sink);
    }

    private void component(String name, String where, String healthUrl) {
        components.put(name, new String[] {where, healthUrl});
        try {
            writeComponents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** name TAB pid-or-dash TAB where TAB health URL: read by {@code stack status} and {@code stack down}. */
    private void writeComponents() throws IOException {
        StringBuilder lines = new StringBuilder();
        components.forEach((name, value) -> lines.append(name).append('\t').append(value[0]).append('\t').append(value[1]).append('\n'));
        Files.writeString(runDir.resolve("components.tsv"), lines.toString());
    }

    private <T extends AutoCloseable> T track(T server) {
        started.push(server);
        recordPids();
        return server;
    }

    /** Every process we started, so `stack down` can make sure none is left even if we were killed. */
    private void recordPids() {
        List<String> pids = new ArrayList<>();
        for (AutoCloseable each : started) {
            Long pid = switch (each) {
                case KafkaBroker kafka -> kafka.pid();
                case KeycloakServer keycloak -> keycloak.pid();
                case ChildProcess child -> child.pid();
                case ServiceProcess service -> service.pid();
                case PrometheusServer prometheus -> prometheus.pid();
                default -> null;
            };
            if (pid != null) {
                pids.add(String.valueOf(pid));
            }
        }
        ProcessHandle.current().children().forEach(child -> pids.add(String.valueOf(child.pid())));
        try {
            Files.writeString(runDir.resolve("pids"), String.join("\n", pids.stream().distinct().toList()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.out.println("stopping failed: " + e);
            }
        }
        try {
            Files.deleteIfExists(runDir.resolve("ready"));
        } catch (IOException ignored) {
            // nothing left to tell
        }
    }

    private static void step(String message) {
        System.out.println("STEP " + message);
        System.out.flush();
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? defaultPort : Integer.parseInt(value.strip());
    }
}
