package dev.workshops.schedule.star;

import dev.workshops.support.registrations.AttendeeKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.util.Base64;

/** Finds or makes a person's agenda row; inside a transaction. */
@ApplicationScoped
public class Agendas {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The agenda, made on first use, locked: a person's star changes then get versions in commit order. */
    public Uni<Agenda> locked(String workshopId, String attendeeId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO agenda (workshop_id, attendee_id, star_version, feed_token) VALUES (?1, ?2, 0, ?3)
                        ON CONFLICT (workshop_id, attendee_id) DO NOTHING""")
                .setParameter(1, workshopId).setParameter(2, attendeeId).setParameter(3, newFeedToken())
                .executeUpdate())
                .flatMap(inserted -> Agenda.findById(new AttendeeKey(workshopId, attendeeId), LockModeType.PESSIMISTIC_WRITE));
    }

    /** 256 random bits, URL-safe. */
    private static String newFeedToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
