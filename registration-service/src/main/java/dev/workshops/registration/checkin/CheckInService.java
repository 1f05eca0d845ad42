package dev.workshops.registration.checkin;

import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.support.time.Timestamps;
import dev.workshops.registration.registration.Registration;
import dev.workshops.registration.registration.RegistrationEvents;
import dev.workshops.registration.registration.RegistrationView;
import dev.workshops.registration.ticket.TicketCodes;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class CheckInService {

    private final TicketCodes tickets;
    private final RegistrationEvents events;
    private final MeterRegistry registry;
    private final Clock clock;

    public CheckInService(TicketCodes tickets, RegistrationEvents events, MeterRegistry registry, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.registry = registry;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<CheckIn> checkIn(String workshopId, String ticketCode) {
        // The signature is checked before anything is read: a forged code costs no database work.
        UUID registrationId = tickets.verify(ticketCode.strip()).orElseThrow(() ->
                ProblemException.badRequest("This is not a valid ticket: it is malformed or has been altered."));
        return Registration.<Registration>findById(registrationId, LockModeType.PESSIMISTIC_WRITE).flatMap(registration -> {
            checkAdmits(registration, workshopId);
            Instant now = Timestamps.now(clock);
            registration.checkIn(now);
            registration.touch(now);
            RegistrationView view = RegistrationView.of(registration, null);
            registry.counter("workshop.checkins", "workshop", workshopId).increment();
            return events.changed(view, Reason.CHECKED_IN).replaceWith(new CheckIn(view, registration.checkedInAt));
        });
    }

    /** A ticket of this workshop, not used before, for a confirmed in-person seat. */
    private static void checkAdmits(Registration registration, String workshopId) {
        if (registration == null || !registration.workshopId.equals(workshopId)) {
            throw ProblemException.notFound("No registration of this workshop has this ticket.");
        }
        if (registration.checkedInAt != null) {
            throw ProblemException.conflict("Already checked in at " + registration.checkedInAt + ".")
                    .with("checkedInAt", registration.checkedInAt);
        }
        if (!registration.hasInPersonSeat()) {
            throw ProblemException.conflict("This ticket is not for a confirmed in-person seat (it is "
                    + registration.mode + " " + registration.status + ").");
        }
    }
}
