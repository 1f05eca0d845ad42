package dev.workshops.support.registrations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import dev.workshops.events.RegistrationChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's registration for a workshop as a service heard of it on `registrations`: the part every consumer
 * needs to decide access (mentoring, streams). Table {@code registration_projection}, made by the migration in
 * {@code db/registrations} (add that to {@code quarkus.flyway.locations} to use it).
 */
@Entity
@Table(name = "registration_projection")
@IdClass(AttendeeKey.class)
public class HeldRegistration extends PanacheEntityBase {

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Id
    @Column(name = "attendee_id")
    public String attendeeId;
    @Column(name = "registration_id")
    public UUID registrationId;
    @Enumerated(EnumType.STRING)
    public RegistrationChanged.Mode mode;
    @Enumerated(EnumType.STRING)
    public RegistrationChanged.Status status;
    @Column(name = "stream_access")
    public boolean streamAccess;
    @Column(name = "created_at")
    public Instant createdAt;
    public long version;
    /** As registered; none for snapshots heard before it was kept. */
    public String email;
    /** Whether the identity provider vouched for {@link #email}: only then does the email name this account. */
    @Column(name = "email_verified")
    public boolean emailVerified;

    public boolean isActive() {
        return status != RegistrationChanged.Status.CANCELLED;
    }

    /** product.md: CONFIRMED, or WAITLISTED/OFFERED with stream access, may book mentoring. */
    public boolean mayBookMentoring() {
        return switch (status) {
            case CONFIRMED -> true;
            case WAITLISTED, OFFERED -> streamAccess;
            case CANCELLED -> false;
        };
    }
}
