package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * A packaged service running as its own process, configured only through the environment variables its
 * {@code application.properties} reads, exactly as on a real machine. Used by the local stack and by tests that
 * need a service to be a separate process (to kill and restart it, or to run the whole platform together).
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Where the servers are, the secrets' values (by variable) and where the started services answer: what a
     * service is told at start, each only the variables its catalogue entry names.
     */
    public record Wiring(PostgresServer postgres, String kafkaBootstrap, String oidcIssuer, int smtpPort,
            Map<String, String> secrets, Map<PlatformService, String> serviceUrls) {

        public Wiring(PostgresServer postgres, String kafkaBootstrap, String oidcIssuer, int smtpPort, Map<String, String> secrets) {
            this(postgres, kafkaBootstrap, oidcIssuer, smtpPort, secrets, Map.of());
        }

        public Wiring {
            secrets = Map.copyOf(secrets);
            serviceUrls = Map.copyOf(serviceUrls);
        }

        /** The same wiring, knowing where these services answer (for the services that call them). */
        public Wiring withServiceUrls(Map<PlatformService, String> urls) {
            return new Wiring(postgres, kafkaBootstrap, oidcIssuer, smtpPort, secrets, urls);
        }

        Map<String, String> environmentFor(PlatformService service, int port) {
            Map<String, String> env = new LinkedHashMap<>();
            service.environmentVariables().forEach(variable -> env.put(variable, valueOf(variable, service, port)));
            return env;
        }

        private String valueOf(String variable, PlatformService service, int port) {
            return switch (variable) {
                case "WORKSHOP_HTTP_PORT" -> String.valueOf(port);
                case "WORKSHOP_OIDC_URL" -> oidcIssuer;
                case "WORKSHOP_PUBLIC_ADDRESS" -> "http://localhost:" + port;
                case "WORKSHOP_DB_REACTIVE_URL" -> postgres.reactiveUrl(service.database());
                case "WORKSHOP_DB_JDBC_URL" -> postgres.jdbcUrl(service.database());
                case "WORKSHOP_DB_USER" -> postgres.user();
                case "WORKSHOP_DB_PASSWORD" -> postgres.password();
                case "WORKSHOP_KAFKA_BOOTSTRAP" -> kafkaBootstrap;
                case "WORKSHOP_SMTP_HOST" -> "127.0.0.1";
                case "WORKSHOP_SMTP_PORT" -> String.valueOf(smtpPort);
                default -> service.secrets().contains(variable) ? required(secrets.get(variable), variable, service)
                        : required(urlOfCalled(service, variable), variable, service);
            };
        }

        private String urlOfCalled(PlatformService service, String variable) {
            return service.calls().stream().filter(called -> called.urlVariable().equals(variable))
                    .map(serviceUrls::get).findFirst().orElse(null);
        }

        private static String required(String value, String variable, PlatformService service) {
            if (value == null) {
                throw new IllegalStateException(service.name() + " needs " + variable + ", which the wiring does not know");
            }
            return value;
        }
    }

    // About 20 s on an idle machine; five services booting at once on a shared one at load 26 took 150 s.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final PlatformService service;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(PlatformService service, int port, ChildProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the service's packaged jar on {@code port} (its database must exist) without waiting for it; {@code
     * extraEnvironment} adds or overrides variables (any Quarkus property, spelled as an environment variable).
     */
    public static ServiceProcess start(PlatformService service, int port, Wiring wiring,
            Map<String, String> extraEnvironment, Path log) {
        Path jar = service.packagedJar();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw install -DskipTests");
        }
        Map<String, String> env = wiring.environmentFor(service, port);
        env.putAll(extraEnvironment);
        List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx512m"));
        jvmOptions.addAll(opensOf(jar));
        ChildProcess process = ChildProcess.startJvm(service.name(), jvmOptions, jar.toString(), "io.quarkus.bootstrap.runner.QuarkusEntryPoint", List.of(), env, log);
        return new ServiceProcess(service, port, process);
    }

    /**
     * The jar asks for some packages to be opened ({@code Add-Opens} in its manifest), which the JVM honours only
     * for {@code java -jar}; we start it through {@link ParentWatch}, so we pass them on the command line.
     */
    private static List<String> opensOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String opens = file.getManifest().getMainAttributes().getValue("Add-Opens");
            if (opens == null) {
                return List.of();
            }
            return Arrays.stream(opens.trim().split("\\s+")).map(each -> "--add-opens=" + each + "=ALL-UNNAMED").toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }

    /** Waits until the service reports itself ready (database, Kafka and its own checks). */
    public ServiceProcess awaitReady() {
        return awaitReady(START_TIMEOUT);
    }

    /**
     * Polls readiness until it answers 200 or {@code deadline} has passed (then fails, naming the log); fails at once
     * when the process has exited.
     */
    public ServiceProcess awaitReady(Duration deadline) {
        Waiting.until(service.name() + " on port " + port + " ready", deadline, this::isReady, process);
        return this;
    }

    /** Whether its readiness check answers 200 right now. */
    public boolean isReady() {
        return HttpProbe.answers200(healthUrl());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return service.name();
    }

    public PlatformService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String healthUrl() {
        return url() + service.readinessPath();
    }

    public long pid() {
        return process.pid();
    }

    /** Ends the process at once, as a crash or a lost machine would: no shutdown hook runs. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
