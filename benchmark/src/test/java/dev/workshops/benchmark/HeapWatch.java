package dev.workshops.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A service's heap in use, read from its Prometheus metrics ({@code jvm_memory_used_bytes{area="heap"}}, summed
 * over the pools) every 200 ms, so a phase's high-water mark can be read afterwards.
 */
final class HeapWatch implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String metricsUrl;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private record Reading(long atNanos, long heapBytes) {
    }

    private final ConcurrentLinkedQueue<Reading> readings = new ConcurrentLinkedQueue<>();

    HeapWatch(String serviceUrl) {
        this.metricsUrl = serviceUrl + "/q/metrics";
        timer.scheduleAtFixedRate(this::read, 0, 200, TimeUnit.MILLISECONDS);
    }

    /** The highest heap in use read between two moments ({@link System#nanoTime()}). */
    long highestBetween(long fromNanos, long toNanos) {
        return readings.stream().filter(r -> r.atNanos() >= fromNanos && r.atNanos() <= toNanos)
                .mapToLong(Reading::heapBytes).max().orElse(0);
    }

    /** A service's Prometheus metrics, as text. */
    static String scrape(String metricsUrl) throws java.io.IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void read() {
        try {
            String metrics = scrape(metricsUrl);
            long heap = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            readings.add(new Reading(System.nanoTime(), heap));
        } catch (Exception e) {
            // A missed reading under load; the next one counts.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
