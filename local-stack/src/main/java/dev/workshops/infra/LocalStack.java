package dev.workshops.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine, without Docker: PostgreSQL, Kafka, Keycloak, the SMTP sink and every module
 * of the {@link ServiceCatalogue} on fixed ports (each overridable by an environment variable). Started by {@code deploy/local/stack up},
 * it prints its progress, writes {@code components.tsv} and a {@code ready} marker into its run directory, and
 * runs until it is terminated; then it stops everything it started, newest first. Durable unless told
 * {@code --no-durability}, it keeps PostgreSQL's, Kafka's and Keycloak's data in {@code <run>/data} ({@link StackData})
 * from one {@code up} to the next; {@code --fresh} starts from empty data. {@code --replicas=N} runs N processes of each
 * service (not of the portal) on the same databases and broker, the k-th extra one on the service's port + k × 1000.
 */
public final class LocalStack {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.PLATFORM;
    private static final int PORT_TAKEN = 10;
    private static final int NOT_BUILT = 11;
    private static final int MAX_REPLICAS = 3;
    private static final int REPLICA_PORT_STEP = 1000;

    /** A port of the stack's servers and the variable that moves it; the services' ports are in the catalogue. */
    private record FixedPort(String name, String variable, int defaultPort) {

        int port() {
            return LocalStack.port(variable, defaultPort);
        }
    }

    private static final FixedPort POSTGRES = new FixedPort("PostgreSQL", "WORKSHOP_POSTGRES_PORT", 15432);
    private static final FixedPort KAFKA = new FixedPort("Kafka", "WORKSHOP_KAFKA_PORT", 9092);
    private static final FixedPort KEYCLOAK = new FixedPort("Keycloak", "WORKSHOP_KEYCLOAK_PORT", 8180);
    private static final FixedPort KEYCLOAK_MANAGEMENT = new FixedPort("Keycloak management", "WORKSHOP_KEYCLOAK_MANAGEMENT_PORT", 9180);
    private static final FixedPort SMTP = new FixedPort("SMTP sink", "WORKSHOP_SMTP_PORT", 3025);
    private static final FixedPort SMTP_API = new FixedPort("SMTP sink API", "WORKSHOP_SMTP_API_PORT", 8025);
    private static final FixedPort PROMETHEUS = new FixedPort("Prometheus", "WORKSHOP_PROMETHEUS_PORT", 9090);

    private final Path runDir;
    private final Durability durability;
    private final StackData data;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, String[]> components = new LinkedHashMap<>();
    private final int replicas;

    private LocalStack(Path runDir, Durability durability, int replicas) {
        this.runDir = runDir;
        this.durability = durability;
        this.replicas = replicas;
        this.data = new StackData(runDir.resolve("data"));
    }

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        int replicas;
        try {
            replicas = replicasAsked(List.of(args));
        } catch (IllegalArgumentException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(2);
            return;
        }
        if (List.of(args).contains("--preflight")) {
            System.exit(preflight(replicas));
        }
        Path runDir = Path.of(args.length > 0 ? args[0] : "deploy/local/.run").toAbsolutePath();
        List<String> unknown = flags.stream().filter(flag -> !List.of("--demo", "--fresh", "--no-durability").contains(flag)
                && !flag.startsWith("--replicas=")).toList();
        if (!unknown.isEmpty()) {
            System.out.println("FAILED unknown option " + String.join(" ", unknown) + " (known: --demo, --fresh, --no-durability, --replicas=N)");
            System.exit(2);
        }
        Durability durability = flags.contains("--no-durability") ? Durability.OFF : Durability.ON;
        LocalStack stack = new LocalStack(runDir, durability, replicas);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-stop"));
        try {
            stack.up(flags.contains("--demo"), flags.contains("--fresh"));
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    /**
     * What {@code stack up} asks before it starts anything: 0 when every fixed port is free and every module of the
     * catalogue is packaged, {@value #PORT_TAKEN} (and why) when a port is taken, {@value #NOT_BUILT} when a module
     * needs a build.
     */
    private static int preflight(int replicas) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (FixedPort fixed : List.of(POSTGRES, KAFKA, KEYCLOAK, KEYCLOAK_MANAGEMENT, SMTP, SMTP_API)) {
            ports.put(fixed.name(), fixed.port());
        }
        CATALOGUE.services().forEach(service -> {
            for (int replica = 0; replica < replicasOf(service, replicas); replica++) {
                ports.put(replicaName(service, replica), replicaPort(service, replica));
            }
        });
        for (Map.Entry<String, Integer> each : ports.entrySet()) {
            if (Ports.inUse(each.getValue())) {
                System.out.println("port " + each.getValue() + " (" + each.getKey() + ") is already taken by another program;"
                        + " free it or set another port (see deploy/local/README.md)");
                return PORT_TAKEN;
            }
        }
        List<String> unbuilt = CATALOGUE.services().stream().filter(service -> !Files.exists(service.packagedJar()))
                .map(PlatformService::name).toList();
        if (!unbuilt.isEmpty()) {
            System.out.println("not built: " + String.join(", ", unbuilt));
            return NOT_BUILT;
        }
        return 0;
    }

    private void up(boolean demo, boolean fresh) throws IOException {
        Files.createDirectories(runDir.resolve("logs"));
        Files.deleteIfExists(runDir.resolve("ready"));
        boolean kept = prepareData(fresh);
        int postgresPort = POSTGRES.port();
        int kafkaPort = KAFKA.port();
        int keycloakPort = KEYCLOAK.port();
        int keycloakManagementPort = KEYCLOAK_MANAGEMENT.port();
        int smtpPort = SMTP.port();
        int smtpApiPort = SMTP_API.port();

        step("PostgreSQL on port " + postgresPort);
        PostgresServer postgres = track(PostgresServer.start(data.dir().resolve("postgres"), postgresPort, durability));
        CATALOGUE.databases().forEach(postgres::createDatabase);
        component("postgresql", "postgresql://127.0.0.1:" + postgresPort + " (user postgres, one database per service)", "");

        step("Kafka on port " + kafkaPort);
        KafkaBroker kafka = track(new KafkaBroker(data.dir().resolve("kafka"), kafkaPort, durability).start());
        component("kafka", kafka.bootstrapServers(), "");

        step("Keycloak on port " + keycloakPort + " (the first start after a build takes about a minute)");
        data.realmChangedSinceImport(InfraLocations.keycloakRealmFile()).ifPresent(LocalStack::step);
        KeycloakServer keycloak = track(new KeycloakServer(keycloakPort, keycloakManagementPort,
                runDir.resolve("logs/keycloak.log"), data.dir().resolve("keycloak"), durability).start());
        if (durability.keepsData()) {
            data.rememberImportedRealm(InfraLocations.keycloakRealmFile());
        }
        component("keycloak", keycloak.url() + "/admin (admin/admin; people, password = username: " + realmPeople() + ")",
                keycloak.issuer() + "/.well-known/openid-configuration");

        step("SMTP sink on port " + smtpPort + " (web API " + smtpApiPort + ")");
        startSmtpSink(smtpPort, smtpApiPort);
        component("smtp", "smtp://127.0.0.1:" + smtpPort + ", mail at http://127.0.0.1:" + smtpApiPort + "/api/user/<email>/messages/",
                "http://127.0.0.1:" + smtpApiPort + "/api/service/readiness");

        Map<String, String> secrets = new LinkedHashMap<>();
        CATALOGUE.secrets().forEach(variable -> secrets.put(variable, secret(variable)));
        if (durability.keepsData()) {
            Map<String, String> chosen = new LinkedHashMap<>(secrets);
            chosen.keySet().removeIf(variable -> fromEnvironment(variable).isPresent());
            data.keepSecrets(chosen);
        }
        ServiceProcess.Wiring wiring = new ServiceProcess.Wiring(postgres, kafka.bootstrapServers(), keycloak.issuer(),
                smtpPort, secrets);
        List<ServiceProcess> services = new ArrayList<>();
        // Callers start once the services they call are ready, so their first page finds them.
        Map<Boolean, List<PlatformService>> byCalling = CATALOGUE.services().stream()
                .collect(Collectors.partitioningBy(service -> !service.calls().isEmpty()));
        for (List<PlatformService> wave : List.of(byCalling.get(false), byCalling.get(true))) {
            Map<PlatformService, String> urls = new LinkedHashMap<>();
            services.forEach(process -> urls.putIfAbsent(process.service(), process.url()));
            List<ServiceProcess> started = new ArrayList<>();
            Map<ServiceProcess, String> names = new LinkedHashMap<>();
            for (PlatformService service : wave) {
                // Emails link to the portal's pages, wherever it listens here (it starts later, as it calls the services).
                Map<String, String> extra = service.sendsMail() ? Map.of("WORKSHOP_PORTAL_ADDRESS",
                        "http://localhost:" + port(ServiceCatalogue.PORTAL.portVariable(), ServiceCatalogue.PORTAL.defaultPort())) : Map.of();
                for (int replica = 0; replica < replicasOf(service, replicas); replica++) {
                    int port = replicaPort(service, replica);
                    String name = replicaName(service, replica);
                    step(name + " on port " + port);
                    ServiceProcess process = track(ServiceProcess.start(service, port, wiring.withServiceUrls(urls), extra,
                            runDir.resolve("logs/" + name + ".log")));
                    started.add(process);
                    names.put(process, name);
                }
            }
            for (ServiceProcess process : started) {
                process.awaitReady();
                component(names.get(process), entryPage(process), process.healthUrl());
                step(names.get(process) + " is ready: " + entryPage(process));
            }
            services.addAll(started);
        }
        startPrometheus(services);
        if (demo && kept) {
            step("Not seeding the demo: --demo seeds an empty stack only, and this one kept its data"
                    + (demoThere(urlOf(services, ServiceCatalogue.SCHEDULE)) ? " (the demo workshop " + DemoSeed.WORKSHOP_ID + " is there)" : "")
                    + "; 'stack down' then 'stack up --fresh --demo' starts clean with the demo");
        } else if (demo) {
            step("Seeding the demo workshop");
            DemoSeed.seed(keycloak.issuer(), urlOf(services, ServiceCatalogue.SCHEDULE), urlOf(services, ServiceCatalogue.REGISTRATION),
                            urlOf(services, ServiceCatalogue.SUBMISSIONS), urlOf(services, ServiceCatalogue.STREAMING))
                    .forEach(line -> step("  " + line));
            step("  people (password = username): " + realmPeople() + "; an organizer is the program chair; alice and bob are"
                    + " the papers' authors and not registered yet; registered attendees: " + String.join(", ", DemoCrowd.usernames()));
        }
        writeComponents();
        Files.writeString(runDir.resolve("ready"), String.valueOf(ProcessHandle.current().pid()));
        System.out.println("READY");
        System.out.flush();
    }

    /**
     * Makes the data directory ready and says what this {@code up} keeps: true when it holds the data of an earlier
     * durable {@code up} that it goes on with. {@code --fresh}, {@code --no-durability} and the leftovers of a run
     * without durability (its PostgreSQL data is gone, so its broker logs and Keycloak are of no use) start empty.
     */
    private boolean prepareData(boolean fresh) throws IOException {
        if (!data.exists() && data.holdsSomething()) {
            throw new IllegalStateException(data.dir() + " holds files but not the stack's data (no stack-data.properties);"
                    + " move it away, or point WORKSHOP_STACK_DIR elsewhere");
        }
        boolean wiped = data.exists() && (fresh || !durability.keepsData() || !data.durable());
        if (wiped) {
            step("Starting clean: deleting " + data.dir() + (fresh ? " (--fresh)" : !durability.keepsData() ? " (--no-durability)"
                    : " (left by a run without durability)"));
            data.wipe();
        }
        boolean kept = data.exists();
        if (!kept) {
            data.create(durability);
        }
        if (durability.keepsData()) {
            step((kept ? "Going on with the data kept in " + data.dir() + " since " + data.createdAt()
                    : "Keeping the data in " + data.dir())
                    + " (PostgreSQL with fsync and synchronous commit; 'stack up --fresh' starts clean)");
            component("data", data.dir() + " (durable; kept since " + data.createdAt() + ")", "");
        } else {
            step("WITHOUT DURABILITY (--no-durability, for benchmarks): PostgreSQL without fsync and with asynchronous"
                    + " commit, Keycloak in memory; everything is lost at 'stack down' or a crash");
            component("data", "NOT DURABLE (--no-durability): nothing is kept after 'stack down'", "");
        }
        return kept;
    }

    /** {@code --replicas=N}, 1 to {@value #MAX_REPLICAS}; 1 when not asked. */
    private static int replicasAsked(List<String> args) {
        List<String> asked = args.stream().filter(arg -> arg.startsWith("--replicas=")).toList();
        if (asked.isEmpty()) {
            return 1;
        }
        String value = asked.getLast().substring("--replicas=".length());
        try {
            int replicas = Integer.parseInt(value);
            if (replicas >= 1 && replicas <= MAX_REPLICAS) {
                return replicas;
            }
        } catch (NumberFormatException ignored) {
            // refused below, with the same sentence as a number out of range
        }
        throw new IllegalArgumentException("--replicas takes a whole number from 1 to " + MAX_REPLICAS + ", not " + value);
    }

    /**
     * The portal stays one process: it is the address people open, and two would need a load balancer in front. The
     * services it calls are asked at their first replica's port.
     */
    private static int replicasOf(PlatformService service, int replicas) {
        return service.equals(ServiceCatalogue.PORTAL) ? 1 : replicas;
    }

    private static int replicaPort(PlatformService service, int replica) {
        return port(service.portVariable(), service.defaultPort()) + replica * REPLICA_PORT_STEP;
    }

    private static String replicaName(PlatformService service, int replica) {
        return replica == 0 ? service.name() : service.name() + "-" + (replica + 1);
    }

    /** The realm file's people with their roles, e.g. {@code olivia (organizer)}: what a person can sign in as. */
    private static String realmPeople() {
        try {
            List<String> people = new ArrayList<>();
            new ObjectMapper().readTree(InfraLocations.keycloakRealmFile().toFile()).path("users").forEach(user -> {
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                people.add(user.path("username").asText() + " (" + String.join(", ", roles) + ")");
            });
            return String.join(", ", people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean demoThere(String scheduleUrl) {
        return HttpProbe.answers200(scheduleUrl + "/api/workshops/" + DemoSeed.WORKSHOP_ID);
    }

    /** Where a person starts: the portal's pages (at localhost, like Keycloak's issuer), a service's API explorer. */
    private static String entryPage(ServiceProcess process) {
        String localhost = "http://localhost:" + process.port();
        return process.service().equals(ServiceCatalogue.PORTAL)
                ? localhost + "/ (sign in as alice/alice or bob/bob; stan/stan checks tickets in)"
                : localhost + "/q/swagger-ui";
    }

    private static String urlOf(List<ServiceProcess> services, PlatformService service) {
        return services.stream().filter(process -> process.service().equals(service)).findFirst().orElseThrow().url();
    }

    /** Prometheus scraping the services, when Debian's package is installed (optional on one machine). */
    private void startPrometheus(List<ServiceProcess> services) {
        if (!PrometheusServer.installed()) {
            step("Prometheus is not installed (apt-get install prometheus): skipped");
            return;
        }
        int port = PROMETHEUS.port();
        step("Prometheus on port " + port);
        PrometheusServer prometheus = track(PrometheusServer.start(runDir.resolve("prometheus"), port, services, Duration.ofSeconds(5)));
        component("prometheus", prometheus.url() + "/graph (alert rules from deploy/prometheus/alerts.yml)", prometheus.url() + "/-/ready");
    }

    /**
     * A signing key of the local stack: the environment's variable of that name if set, else the one kept with the
     * data (tickets and watch links signed before a restart stay valid, people stay signed in), else random.
     */
    private String secret(String variable) {
        Optional<String> fromEnvironment = fromEnvironment(variable);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        if (durability.keepsData()) {
            Optional<String> kept = data.secret(variable);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private static Optional<String> fromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(value -> !value.isBlank());
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
