package dev.workshops.benchmark;

import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one timed part did, measured by the load generator: how many operations completed per second (first
 * start to last end) and their latency percentiles. Gatling's HTML report has the same with charts.
 */
final class Figures {

    private record Sample(long startNanos, long endNanos) {
    }

    private final String name;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    Figures(String name) {
        this.name = name;
    }

    void record(long startNanos, long endNanos) {
        samples.add(new Sample(startNanos, endNanos));
    }

    int count() {
        return samples.size();
    }

    long firstStartNanos() {
        return samples.stream().mapToLong(Sample::startNanos).min().orElse(0);
    }

    long lastEndNanos() {
        return samples.stream().mapToLong(Sample::endNanos).max().orElse(0);
    }

    double perSecond() {
        long first = firstStartNanos();
        long last = lastEndNanos();
        return last == first ? 0 : samples.size() / ((last - first) / 1e9);
    }

    double percentileMillis(double percentile) {
        long[] latencies = samples.stream().mapToLong(s -> s.endNanos() - s.startNanos()).sorted().toArray();
        if (latencies.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
        return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
    }

    double maxMillis() {
        return samples.stream().mapToLong(s -> s.endNanos() - s.startNanos()).max().orElse(0) / 1e6;
    }

    /** Latency only, for figures where a rate means nothing (each one a delay between two moments). */
    String delays() {
        return String.format(Locale.ROOT, "%-40s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d)", name, percentileMillis(50),
                percentileMillis(99), maxMillis(), count());
    }

    String summary() {
        return String.format(Locale.ROOT, "%s: %d done, %.0f/s, p50 %.1f ms, p99 %.1f ms", name, count(), perSecond(),
                percentileMillis(50), percentileMillis(99));
    }

    static String ratio(String what, double figure, double ceiling, String unit) {
        return String.format(Locale.ROOT, "%-44s %10.0f %-4s ceiling %10.0f %-4s ratio %.2f", what, figure, unit, ceiling, unit,
                ceiling == 0 ? 0 : figure / ceiling);
    }
}
