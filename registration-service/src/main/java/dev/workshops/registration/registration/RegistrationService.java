package dev.workshops.registration.registration;

import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.seats.SeatCounters;
import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import dev.workshops.support.time.Timestamps;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    private final SeatCounters seats;
    private final RegistrationEvents events;
    private final Promotions promotions;
    private final TicketCodes tickets;
    private final Admissions admissions;
    private final AdmissionChecks checks;
    private final Clock clock;

    public RegistrationService(SeatCounters seats, RegistrationEvents events, Promotions promotions, TicketCodes tickets,
            Admissions admissions, AdmissionChecks checks, Clock clock) {
        this.seats = seats;
        this.events = events;
        this.promotions = promotions;
        this.tickets = tickets;
        this.admissions = admissions;
        this.checks = checks;
        this.clock = clock;
    }

    public Uni<RegistrationView> register(String workshopId, Caller caller, RegisterRequest request) {
        Instant now = Timestamps.now(clock);
        // The checks in one query of their own, done before the admission: a request holds one connection at a time.
        return checks.find(workshopId, caller.id())
                .invoke(found -> found.policy().requireOpenAt(now))
                .call(found -> found.alreadyRegistered() ? Panache.withSession(() -> noActiveRegistration(workshopId, caller))
                        : Uni.createFrom().voidItem())
                .flatMap(found -> {
                    UUID id = UUID.randomUUID();
                    Registration seated = Registration.requested(id, workshopId, caller, request, now);
                    seated.confirm(tickets);
                    Registration waitlisted = Registration.requested(id, workshopId, caller, request, now);
                    waitlisted.waitlist(null, found.policy());
                    return admissions.admit(seated, waitlisted, found.workshop());
                });
    }

    @WithSession
    public Uni<RegistrationView> mine(String workshopId, Caller caller) {
        return Registration.<Registration>find("workshopId = ?1 and attendeeId = ?2", Sort.descending("createdAt"),
                        workshopId, caller.id()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("You have no registration for this workshop."))
                .flatMap(this::withPosition);
    }

    @WithTransaction
    public Uni<RegistrationView> cancel(String workshopId, Caller caller) {
        // Locked: two cancels at once must not both give the seat back.
        return active(workshopId, caller.id(), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("You have no active registration to cancel."))
                .flatMap(registration -> {
                    boolean heldSeat = registration.holdsSeat();
                    registration.cancel();
                    registration.touch(Timestamps.now(clock));
                    RegistrationView view = RegistrationView.of(registration, null);
                    Uni<Void> published = events.changed(view, Reason.CANCELLED);
                    return (heldSeat ? published.call(() -> passOnSeat(workshopId, registration.mode)) : published)
                            .replaceWith(view);
                });
    }

    /**
     * Moves a registration to the other mode: whatever it held in the old mode (a seat, an offer or a place in
     * line) is given up and passed on, and it asks for the new mode like a new request — a seat if one is free,
     * else the back of that waitlist. Switching to the mode one already has changes nothing.
     */
    @WithTransaction
    public Uni<RegistrationView> switchMode(String workshopId, Caller caller, RegisterRequest.Mode mode) {
        return openPolicy(workshopId).flatMap(policy -> lockBothModes(workshopId)
                .flatMap(locked -> active(workshopId, caller.id(), LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("You have no active registration to change."))
                .flatMap(registration -> registration.mode.equals(mode.name())
                        ? withPosition(registration)
                        : moveTo(registration, mode.name(), policy, Reason.MODE_CHANGED)));
    }

    @WithTransaction
    public Uni<RegistrationView> acceptOffer(String workshopId, Caller caller) {
        return openOffer(workshopId, caller).flatMap(registration -> {
            registration.confirm(tickets);
            registration.touch(Timestamps.now(clock));
            RegistrationView view = RegistrationView.of(registration, null);
            return events.changed(view, Reason.PROMOTED).replaceWith(view);
        });
    }

    @WithTransaction
    public Uni<RegistrationView> declineOffer(String workshopId, Caller caller) {
        return openOffer(workshopId, caller).flatMap(registration -> moveOfferToVirtual(registration, Reason.OFFER_DECLINED));
    }

    /** A declined or expired offer: the person keeps watching as a VIRTUAL registration and the seat passes on. */
    public Uni<RegistrationView> moveOfferToVirtual(Registration registration, Reason reason) {
        return RegistrationPolicy.<RegistrationPolicy>findById(registration.workshopId).flatMap(policy ->
                lockBothModes(registration.workshopId).flatMap(locked -> moveTo(registration, Registration.VIRTUAL, policy, reason)));
    }

    /** Gives up what it held in its mode (passed on to the next in line) and asks {@code mode} for a place. */
    private Uni<RegistrationView> moveTo(Registration registration, String mode, RegistrationPolicy policy, Reason reason) {
        String left = registration.mode;
        boolean heldSeat = registration.holdsSeat();
        registration.switchTo(mode);
        return (heldSeat ? seats.release(registration.workshopId, left) : Uni.createFrom().voidItem())
                .flatMap(released -> seats.admit(registration.workshopId, mode))
                .flatMap(waitlistNumber -> {
                    registration.admit(waitlistNumber, tickets, policy);
                    registration.touch(Timestamps.now(clock));
                    return withPosition(registration);
                })
                .call(view -> events.changed(view, reason))
                .call(view -> promotions.fillFreeSeats(registration.workshopId, left, policy));
    }

    /** After a seat of {@code mode} was given back: the seat goes to the head of that waitlist. */
    private Uni<Void> passOnSeat(String workshopId, String mode) {
        return seats.release(workshopId, mode)
                .flatMap(released -> RegistrationPolicy.<RegistrationPolicy>findById(workshopId))
                .flatMap(policy -> promotions.fillFreeSeats(workshopId, mode, policy));
    }

    /** Both counters, in person first: the order promotions and policy changes use, so they cannot deadlock. */
    private Uni<Void> lockBothModes(String workshopId) {
        return seats.lock(workshopId, Registration.IN_PERSON)
                .flatMap(inPerson -> seats.lock(workshopId, Registration.VIRTUAL))
                .replaceWithVoid();
    }

    private static Uni<Registration> openOffer(String workshopId, Caller caller) {
        return active(workshopId, caller.id(), LockModeType.PESSIMISTIC_WRITE).invoke(registration -> {
            if (registration == null || !registration.hasOpenOffer()) {
                throw ProblemException.conflict("You have no open offer for this workshop.");
            }
        });
    }

    private static Uni<Void> noActiveRegistration(String workshopId, Caller caller) {
        return active(workshopId, caller.id()).invoke(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("You already have an active registration for this workshop.")
                        .with("existing", RegistrationView.of(existing, null));
            }
        }).replaceWithVoid();
    }

    /** The 1-based place in the waitlist of its mode, counted now (people ahead may have been promoted). */
    private Uni<RegistrationView> withPosition(Registration registration) {
        if (!Registration.WAITLISTED.equals(registration.status)) {
            return Uni.createFrom().item(RegistrationView.of(registration, null));
        }
        return Registration.count("workshopId = ?1 and mode = ?2 and status = ?3 and waitlistNumber < ?4",
                        registration.workshopId, registration.mode, Registration.WAITLISTED, registration.waitlistNumber)
                .map(ahead -> RegistrationView.of(registration, (int) (ahead + 1)));
    }

    private static Uni<Registration> active(String workshopId, String attendeeId) {
        return active(workshopId, attendeeId, LockModeType.NONE);
    }

    private static Uni<Registration> active(String workshopId, String attendeeId, LockModeType lock) {
        return Registration.<Registration>find("workshopId = ?1 and attendeeId = ?2 and status <> ?3",
                workshopId, attendeeId, Registration.CANCELLED).withLock(lock).firstResult();
    }

    private Uni<RegistrationPolicy> openPolicy(String workshopId) {
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> AdmissionChecks.unknownWorkshop(workshopId))
                .flatMap(workshop -> RegistrationPolicy.<RegistrationPolicy>findById(workshopId))
                .onItem().ifNull().failWith(AdmissionChecks::notOpened)
                .invoke(policy -> policy.requireOpenAt(Timestamps.now(clock)));
    }
}
