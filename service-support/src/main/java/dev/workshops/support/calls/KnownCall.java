package dev.workshops.support.calls;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A workshop's call for papers as a service heard of it on `calls` (table {@code call_projection}): its dates only,
 * which decide whether the call is open and when the authors' deadline falls.
 */
@Entity
@Table(name = "call_projection")
public class KnownCall extends PanacheEntityBase {

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    public long version;

    /** Open from {@code opensAt} until (not including) the deadline; the grace period after it is for late uploads only. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(deadlineAt);
    }
}
