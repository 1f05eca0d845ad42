package dev.workshops.registration.registration;

import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.seats.SeatCounters;
import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;

/**
 * Gives free seats to the head of the waitlist, first come first served ({@link Registration#promote}). The
 * caller holds the counter's lock.
 */
@ApplicationScoped
public class Promotions {

    private final SeatCounters seats;
    private final RegistrationEvents events;
    private final TicketCodes tickets;
    private final Clock clock;

    public Promotions(SeatCounters seats, RegistrationEvents events, TicketCodes tickets, Clock clock) {
        this.seats = seats;
        this.events = events;
        this.tickets = tickets;
        this.clock = clock;
    }

    public Uni<Void> fillFreeSeats(String workshopId, String mode, RegistrationPolicy policy) {
        return seats.hasFreeSeat(workshopId, mode).flatMap(free -> !free ? Uni.createFrom().voidItem()
                : lockedHead(workshopId, mode).flatMap(head -> head != null
                        ? promote(head, policy).flatMap(promoted -> fillFreeSeats(workshopId, mode, policy))
                        : fillIfStillWaiting(workshopId, mode, policy)));
    }

    /** The head is locked: if its owner is cancelling it right now, we wait and then see the outcome. */
    private static Uni<Registration> lockedHead(String workshopId, String mode) {
        return waitlisted(workshopId, mode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** A locked head that changed while we waited drops out of the locked read: look again. */
    private Uni<Void> fillIfStillWaiting(String workshopId, String mode, RegistrationPolicy policy) {
        return waitlisted(workshopId, mode).count()
                .flatMap(left -> left == 0 ? Uni.createFrom().voidItem() : fillFreeSeats(workshopId, mode, policy));
    }

    private static PanacheQuery<Registration> waitlisted(String workshopId, String mode) {
        return Registration.find("workshopId = ?1 and mode = ?2 and status = ?3", Sort.by("waitlistNumber"),
                workshopId, mode, Registration.WAITLISTED);
    }

    private Uni<Void> promote(Registration head, RegistrationPolicy policy) {
        return seats.takeForPromotion(head.workshopId, head.mode).flatMap(taken -> {
            Instant now = Timestamps.now(clock);
            head.promote(policy, tickets, now);
            head.touch(now);
            return events.changed(RegistrationView.of(head, null), head.hasOpenOffer() ? Reason.OFFERED : Reason.PROMOTED);
        });
    }
}
