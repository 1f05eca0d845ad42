package dev.workshops.schedule.star;

import dev.workshops.support.registrations.AttendeeKey;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person's agenda in one workshop: the version of their stars and the secret of their calendar feed. */
@Entity
@Table(name = "agenda")
@IdClass(AttendeeKey.class)
public class Agenda extends PanacheEntityBase {

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Id
    @Column(name = "attendee_id")
    public String attendeeId;
    /** Version of the latest `stars` snapshot of this person in this workshop. */
    @Column(name = "star_version")
    public long starVersion;
    /** Whoever knows it can read the personal feed (calendar apps cannot send a bearer token). */
    @Column(name = "feed_token")
    public String feedToken;
}
