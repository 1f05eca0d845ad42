package dev.workshops.registration.roster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code workshop_seats{workshop,mode,state}}, recounted from the database on a timer, so it is right after a
 * restart and agrees across replicas. An unlimited capacity has no capacity series.
 */
@ApplicationScoped
public class SeatGauges {

    private static final Logger LOG = Logger.getLogger(SeatGauges.class);

    private final SeatTallies tallies;
    private final MultiGauge seats;

    public SeatGauges(SeatTallies tallies, MeterRegistry registry) {
        this.tallies = tallies;
        this.seats = MultiGauge.builder("workshop.seats")
                .description("Places per workshop and mode: capacity, confirmed, offered, waitlisted, checked_in")
                .register(registry);
    }

    @Scheduled(every = "${workshop.registration.seat-gauge-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(tallies::all)
                .invoke(counted -> seats.register(rowsOf(counted), true))
                .onFailure().invoke(e -> LOG.warnf("recounting seats failed (%s); the next refresh retries", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private static List<MultiGauge.Row<?>> rowsOf(List<SeatTally> counted) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (SeatTally tally : counted) {
            Tags tags = Tags.of("workshop", tally.workshopId(), "mode", tally.mode());
            if (tally.capacity() != null) {
                rows.add(MultiGauge.Row.of(tags.and("state", "capacity"), tally.capacity()));
            }
            rows.add(MultiGauge.Row.of(tags.and("state", "confirmed"), tally.confirmed()));
            rows.add(MultiGauge.Row.of(tags.and("state", "offered"), tally.offered()));
            rows.add(MultiGauge.Row.of(tags.and("state", "waitlisted"), tally.waitlisted()));
            rows.add(MultiGauge.Row.of(tags.and("state", "checked_in"), tally.checkedIn()));
        }
        return rows;
    }
}
