package dev.workshops.registration.registration;

import dev.workshops.support.time.Timestamps;
import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.seats.SeatCounter;
import dev.workshops.registration.ticket.TicketCodes;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;

/**
 * Gives free seats to the head of the waitlist, first come first served: straight to CONFIRMED when the
 * policy has no offer TTL or the place is virtual, otherwise an OFFER of the in-person seat that expires. The caller holds the counter's lock.
 */
@ApplicationScoped
public class Promotions {

    private final RegistrationEvents events;
    private final TicketCodes tickets;

    public Promotions(RegistrationEvents events, TicketCodes tickets) {
        this.events = events;
        this.tickets = tickets;
    }

    public Uni<Void> fillFreeSeats(SeatCounter counter, RegistrationPolicy policy) {
        if (!counter.hasFreeSeat()) {
            return Uni.createFrom().voidItem();
        }
        // The head is locked: if its owner is cancelling it right now, we wait and then see the outcome.
        return waitlisted(counter).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .flatMap(head -> {
                    if (head != null) {
                        return promote(head, counter, policy).flatMap(promoted -> fillFreeSeats(counter, policy));
                    }
                    // A locked head that changed while we waited drops out of the locked read: look again.
                    return waitlisted(counter).count()
                            .flatMap(left -> left == 0 ? Uni.createFrom().voidItem() : fillFreeSeats(counter, policy));
                });
    }

    private static io.quarkus.hibernate.reactive.panache.PanacheQuery<Registration> waitlisted(SeatCounter counter) {
        return Registration.find("workshopId = ?1 and mode = ?2 and status = ?3", Sort.by("waitlistNumber"),
                counter.workshopId, counter.mode, Registration.WAITLISTED);
    }

    private Uni<Void> promote(Registration head, SeatCounter counter, RegistrationPolicy policy) {
        counter.takeForPromotion();
        // Offers are for in-person seats only: a declined or expired one falls back to VIRTUAL (product.md).
        if (policy.offerTtlSeconds == null || Registration.VIRTUAL.equals(head.mode)) {
            head.confirm(tickets);
        } else {
            head.status = Registration.OFFERED;
            head.waitlistNumber = null;
            head.offerExpiresAt = Timestamps.now().plus(Duration.ofSeconds(policy.offerTtlSeconds));
        }
        head.streamAccess = StreamAccess.of(head.mode, head.status, policy.waitlistStreamAccess);
        head.touch();
        String reason = Registration.CONFIRMED.equals(head.status) ? "PROMOTED" : "OFFERED";
        return events.changed(RegistrationView.of(head, null), reason);
    }
}
