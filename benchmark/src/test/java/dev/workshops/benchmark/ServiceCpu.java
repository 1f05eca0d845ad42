package dev.workshops.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The CPU time a service's process has used so far, as its metrics endpoint reports it (Micrometer's
 * {@code process.cpu.time}: the JVM's own count, from the OS). The difference over a timed part, divided by what
 * was done in it, is a cost that holds on a noisy machine, unlike a rate.
 */
final class ServiceCpu {

    private static final String METRIC = "process_cpu_time_ns_total ";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceCpu() {
    }

    static double seconds(String serviceUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).timeout(Duration.ofSeconds(10)).build();
        try {
            String metrics = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith(METRIC)).findFirst()
                    .map(line -> Double.parseDouble(line.substring(METRIC.length()).strip()) / 1e9)
                    .orElseThrow(() -> new IllegalStateException(serviceUrl + " reports no " + METRIC.strip()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + serviceUrl + "/q/metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
