package dev.workshops.support.workshops;

import dev.workshops.events.WorkshopSummary;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workshop as a service heard of it on the `workshops` topic (table {@code workshop_projection}). */
@Entity
@Table(name = "workshop_projection")
public class KnownWorkshop extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String timezone;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public long version;
    /** Where it takes place; {@code null} when the snapshot named none (or came before venues were kept). */
    public String venue;

    /**
     * The workshop a fact speaks of: as the fact carries it, else as this service heard of it on `workshops`;
     * {@code null} if neither (an old fact whose workshop has not arrived yet).
     */
    public static Uni<WorkshopSummary> summaryOf(String workshopId, WorkshopSummary carried) {
        if (carried != null) {
            return Uni.createFrom().item(carried);
        }
        return KnownWorkshop.<KnownWorkshop>findById(workshopId).map(held -> held == null ? null : held.summary());
    }

    /** What a fact about something in this workshop carries of it. */
    public WorkshopSummary summary() {
        return new WorkshopSummary(title, timezone, startsAt, endsAt, version, venue);
    }
}
