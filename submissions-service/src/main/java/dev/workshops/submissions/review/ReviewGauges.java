package dev.workshops.submissions.review;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Review gauges recounted from the database on a timer (right after a restart, the same on every replica):
 * {@code workshop_review_assignments{workshop,member,state}} (state assigned = not yet submitted, submitted),
 * {@code workshop_reviews_late{workshop,member}} (unsubmitted past the review deadline) and
 * {@code workshop_conflicts_awaiting_chair{workshop}}. A member is named by their membership id, never by email; only
 * the members of calls still in review ({@link ReviewTallies#inReview}) have rows, so finished calls drop out.
 */
@ApplicationScoped
public class ReviewGauges {

    private static final Logger LOG = Logger.getLogger(ReviewGauges.class);

    private final ReviewTallies tallies;
    private final Clock clock;
    private final MultiGauge assignments;
    private final MultiGauge late;
    private final MultiGauge conflicts;

    public ReviewGauges(ReviewTallies tallies, Clock clock, MeterRegistry registry) {
        this.tallies = tallies;
        this.clock = clock;
        this.assignments = MultiGauge.builder("workshop.review.assignments")
                .description("Active review assignments per member: assigned (review not submitted yet) and submitted")
                .register(registry);
        this.late = MultiGauge.builder("workshop.reviews.late")
                .description("Reviews not submitted although the review deadline has passed").register(registry);
        this.conflicts = MultiGauge.builder("workshop.conflicts.awaiting.chair")
                .description("Conflicts of interest found and neither confirmed nor dismissed by a chair").register(registry);
    }

    @Scheduled(every = "${workshop.submissions.review-gauge-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(() -> tallies.inReview(clock.instant()).flatMap(members -> tallies.conflictsAwaiting()
                        .invoke(awaiting -> {
                            List<MultiGauge.Row<?>> assigned = new ArrayList<>();
                            List<MultiGauge.Row<?>> lateRows = new ArrayList<>();
                            for (ReviewTallies.MemberTally member : members) {
                                Tags tags = Tags.of("workshop", member.workshopId(), "member", member.memberId().toString());
                                assigned.add(MultiGauge.Row.of(tags.and("state", "assigned"), member.assigned() - member.submitted()));
                                assigned.add(MultiGauge.Row.of(tags.and("state", "submitted"), member.submitted()));
                                lateRows.add(MultiGauge.Row.of(tags, member.late()));
                            }
                            assignments.register(assigned, true);
                            late.register(lateRows, true);
                            conflicts.register(awaiting.stream().<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(
                                    Tags.of("workshop", row.workshopId()), row.count())).toList(), true);
                        })))
                .onFailure().invoke(e -> LOG.warnf("recounting reviews failed (%s); the next refresh retries", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
