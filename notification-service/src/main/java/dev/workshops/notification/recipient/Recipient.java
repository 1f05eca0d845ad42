package dev.workshops.notification.recipient;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A person's address and name as their latest registration told. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "attendee_id")
    public String attendeeId;
    public String email;
    public String name;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The feed address of notices sent to an email address rather than to an account (a submission names its
     * authors by email): whoever signs in with that verified address reads them (FeedResource).
     */
    public static String addressedTo(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    /** The account last known with {@code email} (from a registration), or {@code null}. Inside a session. */
    public static Uni<String> accountOf(String email) {
        return Recipient.<Recipient>find("lower(email) = ?1 order by updatedAt desc", email.strip().toLowerCase(Locale.ROOT))
                .firstResult().map(found -> found == null ? null : found.attendeeId);
    }

    /** Keeps the newest address and name; a snapshot without them changes nothing. Inside a transaction. */
    public static Uni<Void> remember(String attendeeId, String email, String name, Instant at) {
        if (email == null && name == null) {
            return Uni.createFrom().voidItem();
        }
        return Recipient.<Recipient>findById(attendeeId).flatMap(held -> {
            Recipient recipient = held != null ? held : new Recipient();
            recipient.attendeeId = attendeeId;
            recipient.email = email != null ? email : recipient.email;
            recipient.name = name != null ? name : recipient.name;
            recipient.updatedAt = at;
            return recipient.persist().replaceWithVoid();
        });
    }
}
