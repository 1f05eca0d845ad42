package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka broker (KRaft, broker and controller in one) in a child JVM, on the classpath
 * that infra-dists resolved. It can be stopped and started again on the same ports and data, so tests can
 * take the broker away and bring it back.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private final Durability durability;
    private ChildProcess process;
    private volatile Exception lastProbeFailure;

    public KafkaBroker(Path workDir, int port) {
        this(workDir, port, Durability.OFF);
    }

    /**
     * A broker whose logs live in {@code workDir/data} (formatted only when empty). Durable, it syncs every append
     * to disk before it acknowledges: with one broker there is no replica to hold what a power cut takes from the
     * page cache, and an outbox row is marked sent once Kafka acknowledged it.
     */
    public KafkaBroker(Path workDir, int port, Durability durability) {
        this.workDir = workDir;
        this.port = port;
        this.controllerPort = Ports.free();
        this.durability = durability;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized KafkaBroker start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " is already taken; Kafka cannot start there");
        }
        String classpath = readBrokerClasspath();
        Path config = writeServerProperties();
        if (!Files.exists(workDir.resolve("data/meta.properties"))) {
            ChildProcess.runToCompletion("kafka-storage-format",
                    List.of(InfraLocations.javaExecutable().toString(), "-cp", classpath, "kafka.tools.StorageTool",
                            "format", "--ignore-formatted", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    workDir.resolve("format.log"), Duration.ofSeconds(60));
        }
        process = ChildProcess.startJvm("kafka", List.of("-Xms128m", "-Xmx768m", "-XX:+UseG1GC",
                        "-Dlog4j2.configurationFile=" + writeLogConfig()),
                classpath, "kafka.Kafka", List.of(config.toString()), Map.of(), workDir.resolve("kafka.log"));
        try {
            Waiting.until("Kafka answering on " + bootstrapServers(), START_TIMEOUT, this::answers, process);
        } catch (IllegalStateException e) {
            if (lastProbeFailure != null) {
                e.addSuppressed(lastProbeFailure);
            }
            stop();
            throw e;
        }
        return this;
    }

    /** Stops the broker, keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Long pid() {
        return process == null ? null : process.pid();
    }

    private boolean answers() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try {
            return KafkaClients.withOwnClassLoader(() -> {
                try (Admin admin = Admin.create(properties)) {
                    return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
                }
            });
        } catch (Exception notYet) {
            lastProbeFailure = notYet;
            return false;
        }
    }

    private String readBrokerClasspath() {
        try {
            return Files.readString(InfraLocations.kafkaBrokerClasspathFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path writeServerProperties() {
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.num.partitions=5
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, workDir.resolve("data"))
                + (durability.keepsData() ? "log.flush.interval.messages=1\n" : "");
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("server.properties");
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path writeLogConfig() {
        String config = """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = info
                rootLogger.appenderRef.console.ref = console
                logger.kafka.name = kafka
                logger.kafka.level = warn
                logger.apache.name = org.apache.kafka
                logger.apache.level = warn
                logger.started.name = kafka.server.KafkaRaftServer
                logger.started.level = info
                """;
        try {
            Path file = workDir.resolve("log4j2.properties");
            Files.writeString(file, config);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends the broker at once ({@code kill -9} of its process tree), as a crash or a power cut would: nothing is
     * flushed, nobody is told. {@link #start()} brings it back on the same ports and log directory.
     */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Whether the broker process runs (not whether it answers yet). */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }
}
