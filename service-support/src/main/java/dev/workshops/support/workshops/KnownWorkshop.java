package dev.workshops.support.workshops;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
}
