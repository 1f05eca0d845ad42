package dev.workshops.notification.recipient;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A person's address and name as their latest registration told, and whether the identity provider vouched for it. */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    @Column(name = "attendee_id")
    public String attendeeId;
    public String email;
    public String name;
    @Column(name = "email_verified")
    public boolean emailVerified;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The feed address of notices sent to an email address rather than to an account (a submission names its
     * authors by email): whoever signs in with that verified address reads them (FeedResource).
     */
    public static String addressedTo(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The account last known with {@code email} as its verified address (from a registration), or {@code null}: an
     * address nobody vouched for names nobody (the view {@code verified_address}). Inside a session.
     */
    public static Uni<String> accountOf(String email) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT attendee_id FROM verified_address WHERE email = ?1 ORDER BY updated_at DESC LIMIT 1", String.class)
                .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
                .getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /**
     * Keeps the newest address and name, and whether that address was verified; a snapshot without them changes
     * nothing. Inside a transaction.
     */
    public static Uni<Void> remember(String attendeeId, String email, boolean emailVerified, String name, Instant at) {
        if (email == null && name == null) {
            return Uni.createFrom().voidItem();
        }
        return Recipient.<Recipient>findById(attendeeId).flatMap(held -> {
            Recipient recipient = held != null ? held : new Recipient();
            recipient.attendeeId = attendeeId;
            if (email != null) {
                recipient.email = email;
                recipient.emailVerified = emailVerified;
            }
            recipient.name = name != null ? name : recipient.name;
            recipient.updatedAt = at;
            return recipient.persist().replaceWithVoid();
        });
    }
}
