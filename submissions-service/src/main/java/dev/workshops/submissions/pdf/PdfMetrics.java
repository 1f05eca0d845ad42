package dev.workshops.submissions.pdf;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.LongStream;

/** {@code workshop_submission_pdf_bytes}: the size of every PDF accepted, per workshop (histogram, 64 KiB … 64 MiB). */
@ApplicationScoped
public class PdfMetrics {

    private static final double[] BUCKETS = LongStream.iterate(64L * 1024, size -> size <= 64L << 20, size -> size * 2)
            .asDoubleStream().toArray();

    private final MeterRegistry registry;

    public PdfMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(String workshopId, long bytes) {
        DistributionSummary.builder("workshop.submission.pdf")
                .baseUnit("bytes")
                .description("Size of each PDF accepted on upload")
                .tag("workshop", workshopId)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(bytes);
    }
}
