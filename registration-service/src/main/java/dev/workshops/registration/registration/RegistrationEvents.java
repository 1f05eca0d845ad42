package dev.workshops.registration.registration;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.support.events.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
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
    public Uni<Void> changed(RegistrationView view, String reason) {
        counted(view, reason);
        return outbox.record(Topics.REGISTRATIONS, RegistrationChanged.keyOf(view.workshopId(), view.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, view.id().toString(), snapshot(view, reason));
    }

    /** The snapshot's fact for a database function that records it itself; {@link #counted} once it is written. */
    public JsonObject prepared(RegistrationView view, String reason) {
        return outbox.prepareForDatabase(Topics.REGISTRATIONS, RegistrationChanged.keyOf(view.workshopId(), view.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, view.id().toString(), snapshot(view, reason));
    }

    public void counted(RegistrationView view, String reason) {
        registry.counter("workshop.registrations", "workshop", view.workshopId(), "mode", view.mode(), "reason", reason)
                .increment();
    }

    private static RegistrationChanged snapshot(RegistrationView view, String reason) {
        return new RegistrationChanged(view.id(), view.workshopId(), view.attendeeId(),
                view.email(), view.name(), view.affiliation(), view.mode(), view.status(), view.waitlistPosition(),
                view.offerExpiresAt(), view.streamAccess(), view.ticketCode(), view.checkedInAt(), view.createdAt(),
                view.updatedAt(), view.version(), reason);
    }
}
