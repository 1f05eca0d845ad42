package dev.workshops.registration.registration;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.workshops.KnownWorkshop;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What goes to the `registrations` topic: one snapshot per change, through the outbox. */
@ApplicationScoped
public class RegistrationEvents {

    private final Outbox outbox;
    private final MeterRegistry registry;

    public RegistrationEvents(Outbox outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
    }

    /**
     * Records the snapshot in the transaction under way and counts it in {@code workshop_registrations_total}
     * (counted when recorded: a transaction that fails after this point counts once too many).
     */
    public Uni<Void> changed(RegistrationView view, Reason reason) {
        counted(view, reason);
        // Registrations exist only for known workshops; the session has usually loaded this one already.
        return KnownWorkshop.<KnownWorkshop>findById(view.workshopId()).flatMap(workshop -> outbox.record(Topics.REGISTRATIONS,
                RegistrationChanged.keyOf(view.workshopId(), view.attendeeId()), EventTypes.REGISTRATION_CHANGED,
                view.id().toString(), snapshot(view, reason, workshop.summary())));
    }

    /** The snapshot's fact for a database function that records it itself; {@link #counted} once it is written. */
    public String prepared(RegistrationView view, Reason reason, WorkshopSummary workshop) {
        return outbox.prepareForDatabase(Topics.REGISTRATIONS, RegistrationChanged.keyOf(view.workshopId(), view.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, view.id().toString(), snapshot(view, reason, workshop));
    }

    public void counted(RegistrationView view, Reason reason) {
        registry.counter("workshop.registrations", "workshop", view.workshopId(), "mode", view.mode(), "reason", reason.name())
                .increment();
    }

    /** The snapshot carries the workshop's name and dates: consumers tell people about it before they hear of the workshop. */
    private static RegistrationChanged snapshot(RegistrationView view, Reason reason, WorkshopSummary workshop) {
        return new RegistrationChanged(view.id(), view.workshopId(), view.attendeeId(),
                view.email(), view.name(), view.affiliation(), RegistrationChanged.Mode.valueOf(view.mode()),
                RegistrationChanged.Status.valueOf(view.status()), view.waitlistPosition(),
                view.offerExpiresAt(), view.streamAccess(), view.ticketCode(), view.checkedInAt(), view.createdAt(),
                view.updatedAt(), view.version(), reason, workshop, view.emailVerified());
    }
}
