package dev.workshops.submissions.review;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code workshop_reviews_total{workshop,state}}: one per review saved, by the state it leaves the review in. */
@ApplicationScoped
public class ReviewMetrics {

    private final MeterRegistry registry;

    public ReviewMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void saved(Review review) {
        registry.counter("workshop.reviews", "workshop", review.workshopId, "state", review.state.name()).increment();
    }
}
