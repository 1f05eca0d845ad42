package dev.workshops.support.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Latency buckets for {@code http_server_requests_seconds}, so dashboards can show percentiles per service
 * ({@code histogram_quantile}). A fixed handful of buckets around the targets (20 ms, 100 ms) instead of
 * Micrometer's ~70 keeps the series count low.
 */
@Singleton
public class HttpLatencyBuckets {

    private static final double[] BUCKETS = Stream.of(5, 10, 20, 50, 100, 250, 500, 1000, 2500, 5000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
            }
        };
    }
}
