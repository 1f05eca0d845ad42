package dev.workshops.schedule.release;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A released version of a workshop's schedule, kept as released (JSON of its sessions and its change log). */
@Entity
@Table(name = "schedule_release")
@IdClass(ScheduleRelease.Key.class)
public class ScheduleRelease extends PanacheEntityBase {

    public record Key(String workshopId, long version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Id
    public long version;
    @Column(name = "released_at")
    public Instant releasedAt;
    public String comment;
    /** JSON list of SessionSnapshot. */
    public String sessions;
    /** JSON list of ScheduleChange. */
    public String changes;
}
