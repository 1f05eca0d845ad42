package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Prometheus ({@code apt-get install prometheus}), scraping the services at their catalogue entry's metrics
 * path with the platform's alert rules from {@code deploy/prometheus/alerts.yml}. Each job is named after its service, as in
 * {@code deploy/prometheus/prometheus.yml}, so the dashboards' queries read the same everywhere.
 */
public final class PrometheusServer implements AutoCloseable {

    private static final Path BINARY = Path.of(System.getProperty("prometheus.binary", "/usr/bin/prometheus"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final ChildProcess process;

    private PrometheusServer(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts it on {@code port}, scraping every service that exports metrics each {@code scrapeInterval}. */
    public static PrometheusServer start(Path workDir, int port, List<ServiceProcess> services, Duration scrapeInterval) {
        if (!installed()) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install prometheus");
        }
        try {
            Files.createDirectories(workDir);
            Path config = Files.writeString(workDir.resolve("prometheus.yml"), config(services, scrapeInterval));
            List<String> command = List.of(BINARY.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + workDir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                    "--storage.tsdb.retention.time=1d");
            ChildProcess process = ChildProcess.start("prometheus", command, Map.of(), workDir.resolve("prometheus.log"));
            PrometheusServer server = new PrometheusServer(port, process);
            Waiting.until("Prometheus ready", START_TIMEOUT, () -> HttpProbe.answers200(server.url() + "/-/ready"), process);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config(List<ServiceProcess> services, Duration scrapeInterval) {
        StringBuilder yaml = new StringBuilder()
                .append("global:\n")
                .append("  scrape_interval: ").append(scrapeInterval.toMillis()).append("ms\n")
                .append("  evaluation_interval: ").append(scrapeInterval.toMillis()).append("ms\n")
                .append("rule_files:\n")
                .append("  - ").append(InfraLocations.projectRoot().resolve("deploy/prometheus/alerts.yml")).append('\n')
                .append("scrape_configs:\n");
        // One job per service, its replicas the job's instances, as the dashboards and alerts expect.
        Map<PlatformService, List<ServiceProcess>> byService = services.stream().filter(service -> service.service().exportsMetrics())
                .collect(Collectors.groupingBy(ServiceProcess::service, LinkedHashMap::new, Collectors.toList()));
        byService.forEach((service, replicas) -> yaml
                .append("  - job_name: ").append(service.name()).append('\n')
                .append("    metrics_path: ").append(service.metricsPath()).append('\n')
                .append("    static_configs:\n")
                .append("      - targets: [").append(replicas.stream().map(replica -> "'127.0.0.1:" + replica.port() + "'")
                        .collect(Collectors.joining(", "))).append("]\n"));
        return yaml.toString();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }
}
