package dev.workshops.registration.registration;

import dev.workshops.support.time.Timestamps;
import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.seats.SeatCounter;
import dev.workshops.registration.seats.SeatCounters;
import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.workshops.KnownWorkshop;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class RegistrationService {

    private final SeatCounters seats;
    private final RegistrationEvents events;
    private final Promotions promotions;
    private final TicketCodes tickets;
    private final Admissions admissions;

    public RegistrationService(SeatCounters seats, RegistrationEvents events, Promotions promotions, TicketCodes tickets,
            Admissions admissions) {
        this.seats = seats;
        this.events = events;
        this.promotions = promotions;
        this.tickets = tickets;
        this.admissions = admissions;
    }

    public Uni<RegistrationView> register(String workshopId, Caller caller, RegisterRequest request) {
        // The checks in a session of their own, closed before the admission: a request holds one connection at a time.
        return Panache.withSession(() -> openPolicy(workshopId)
                        .call(policy -> active(workshopId, caller.id()).invoke(existing -> {
                            if (existing != null) {
                                throw ProblemException.conflict("You already have an active registration for this workshop.")
                                        .with("existing", RegistrationView.of(existing, null));
                            }
                        })))
                .flatMap(policy -> {
                    UUID id = UUID.randomUUID();
                    Instant now = Timestamps.now();
                    Registration seated = candidate(id, now, workshopId, caller, request);
                    seated.confirm(tickets);
                    Registration waitlisted = candidate(id, now, workshopId, caller, request);
                    waitlisted.status = Registration.WAITLISTED;
                    seated.streamAccess = StreamAccess.of(seated.mode, seated.status, policy.waitlistStreamAccess);
                    waitlisted.streamAccess = StreamAccess.of(waitlisted.mode, waitlisted.status, policy.waitlistStreamAccess);
                    return admissions.admit(seated, waitlisted);
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
                    registration.status = Registration.CANCELLED;
                    registration.waitlistNumber = null;
                    registration.offerExpiresAt = null;
                    registration.streamAccess = false;
                    registration.ticketCode = null;
                    registration.touch();
                    RegistrationView view = RegistrationView.of(registration, null);
                    Uni<Void> published = events.changed(view, "CANCELLED");
                    if (!heldSeat) {
                        return published.replaceWith(view);
                    }
                    return published
                            .flatMap(ignored -> seats.lock(workshopId, registration.mode))
                            .flatMap(counter -> {
                                counter.release();
                                return RegistrationPolicy.<RegistrationPolicy>findById(workshopId)
                                        .flatMap(policy -> promotions.fillFreeSeats(counter, policy));
                            })
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
        String wanted = mode.name();
        // Both counters first (in person, then virtual), then the row: the order promotions use, so no deadlock.
        return openPolicy(workshopId).flatMap(policy -> seats.lock(workshopId, Registration.IN_PERSON)
                .flatMap(inPerson -> seats.lock(workshopId, Registration.VIRTUAL).flatMap(virtual ->
                        active(workshopId, caller.id(), LockModeType.PESSIMISTIC_WRITE)
                                .onItem().ifNull().failWith(() -> ProblemException.notFound("You have no active registration to change."))
                                .flatMap(registration -> {
                                    if (registration.mode.equals(wanted)) {
                                        return withPosition(registration);
                                    }
                                    SeatCounter from = Registration.IN_PERSON.equals(registration.mode) ? inPerson : virtual;
                                    SeatCounter to = from == inPerson ? virtual : inPerson;
                                    if (registration.holdsSeat()) {
                                        from.release();
                                    }
                                    registration.mode = wanted;
                                    registration.offerExpiresAt = null;
                                    placeIn(registration, to);
                                    registration.streamAccess = StreamAccess.of(wanted, registration.status, policy.waitlistStreamAccess);
                                    registration.touch();
                                    return withPosition(registration)
                                            .flatMap(view -> events.changed(view, "MODE_CHANGED")
                                                    .flatMap(published -> promotions.fillFreeSeats(from, policy))
                                                    .replaceWith(view));
                                }))));
    }

    @WithTransaction
    public Uni<RegistrationView> acceptOffer(String workshopId, Caller caller) {
        return openOffer(workshopId, caller).flatMap(registration -> {
            registration.confirm(tickets);
            registration.streamAccess = true;
            registration.touch();
            RegistrationView view = RegistrationView.of(registration, null);
            return events.changed(view, "PROMOTED").replaceWith(view);
        });
    }

    @WithTransaction
    public Uni<RegistrationView> declineOffer(String workshopId, Caller caller) {
        return openOffer(workshopId, caller).flatMap(registration -> moveOfferToVirtual(registration, "OFFER_DECLINED"));
    }

    /**
     * A declined or expired offer: the person keeps watching as a VIRTUAL registration and the in-person seat
     * passes to the next one in line. Counters are locked in person first, then virtual.
     */
    public Uni<RegistrationView> moveOfferToVirtual(Registration registration, String reason) {
        return RegistrationPolicy.<RegistrationPolicy>findById(registration.workshopId).flatMap(policy ->
                seats.lock(registration.workshopId, Registration.IN_PERSON).flatMap(inPerson -> {
                    inPerson.release();
                    return seats.lock(registration.workshopId, Registration.VIRTUAL).flatMap(virtual -> {
                        registration.mode = Registration.VIRTUAL;
                        registration.offerExpiresAt = null;
                        placeIn(registration, virtual);
                        registration.streamAccess = StreamAccess.of(registration.mode, registration.status, policy.waitlistStreamAccess);
                        registration.touch();
                        return withPosition(registration);
                    }).flatMap(view -> events.changed(view, reason)
                            .flatMap(published -> promotions.fillFreeSeats(inPerson, policy))
                            .replaceWith(view));
                }));
    }

    private static Uni<Registration> openOffer(String workshopId, Caller caller) {
        return active(workshopId, caller.id(), LockModeType.PESSIMISTIC_WRITE).invoke(registration -> {
            if (registration == null || !Registration.OFFERED.equals(registration.status)) {
                throw ProblemException.conflict("You have no open offer for this workshop.");
            }
        });
    }

    /** Asks the counter of the registration's mode for a place: a seat (a ticket if in person), else the back of the line. */
    private void placeIn(Registration registration, SeatCounter counter) {
        if (counter.admit() instanceof SeatCounter.Admission.Waitlist(long number)) {
            registration.status = Registration.WAITLISTED;
            registration.waitlistNumber = number;
            registration.ticketCode = null;
        } else {
            registration.confirm(tickets);
        }
    }

    /** A new registration as the request describes it, not yet admitted: status, seat and createdAt are the admission's. */
    private static Registration candidate(UUID id, Instant now, String workshopId, Caller caller, RegisterRequest request) {
        Registration registration = new Registration();
        registration.id = id;
        registration.workshopId = workshopId;
        registration.attendeeId = caller.id();
        registration.email = caller.email();
        registration.name = caller.name();
        registration.affiliation = request.affiliation();
        registration.dietaryNeeds = request.dietaryNeeds();
        registration.accessibilityNeeds = request.accessibilityNeeds();
        registration.mode = request.mode().name();
        registration.createdAt = now;
        registration.updatedAt = now;
        registration.version = 1;
        return registration;
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

    private static Uni<RegistrationPolicy> openPolicy(String workshopId) {
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no workshop '" + workshopId + "'."))
                .flatMap(workshop -> RegistrationPolicy.<RegistrationPolicy>findById(workshopId))
                .onItem().ifNull().failWith(() -> ProblemException.conflict("Registration for this workshop has not been opened yet."))
                .invoke(policy -> {
                    Instant now = Timestamps.now();
                    if (now.isBefore(policy.opensAt)) {
                        throw ProblemException.conflict("Registration opens at " + policy.opensAt + ".")
                                .with("opensAt", policy.opensAt);
                    }
                    if (!now.isBefore(policy.closesAt)) {
                        throw ProblemException.conflict("Registration closed at " + policy.closesAt + ".")
                                .with("closesAt", policy.closesAt);
                    }
                });
    }
}
