package dev.workshops.schedule.workshop;

import dev.workshops.events.WorkshopSummary;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.workshops.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneId;

@Entity
@Table(name = "workshop")
public class Workshop extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String timezone;
    public String venue;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String description;
    /** Monotonic per workshop: the version of the snapshot other services receive. */
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The workshop, or a 404 problem. */
    public static Uni<Workshop> existing(String id) {
        return Workshop.<Workshop>findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /**
     * The workshop, locked for the rest of the transaction: changes of one workshop (its own, its draft's, a
     * release) queue, so checks such as room overlaps and version numbers hold.
     */
    public static Uni<Workshop> locked(String id) {
        return Workshop.<Workshop>findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> notFound(id));
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("There is no workshop '" + id + "'.");
    }

    /** What a fact about something in this workshop carries of it. */
    public WorkshopSummary summary() {
        return new WorkshopSummary(title, timezone, startsAt, endsAt, version, venue);
    }
}
