package dev.workshops.registration.policy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "registration_policy")
public class RegistrationPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Column(name = "in_person_capacity")
    public int inPersonCapacity;
    /** Null means unlimited. */
    @Column(name = "virtual_capacity")
    public Integer virtualCapacity;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    /** Null means a freed seat goes straight to the head of the waitlist, without an offer. */
    @Column(name = "offer_ttl_seconds")
    public Long offerTtlSeconds;
    @Column(name = "waitlist_stream_access")
    public boolean waitlistStreamAccess;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
