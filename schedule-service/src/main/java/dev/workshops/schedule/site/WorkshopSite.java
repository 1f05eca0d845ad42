package dev.workshops.schedule.site;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workshop's public site content; people and sponsors are JSON lists in the order the organizer gave. */
@Entity
@Table(name = "workshop_site")
public class WorkshopSite extends PanacheEntityBase {

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    /** Markdown, as typed: rendered to safe HTML on every read, so a stricter renderer applies to old content too. */
    public String overview;
    public String people;
    public String sponsors;
    /** +1 per PUT. */
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
