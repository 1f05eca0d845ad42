package dev.workshops.registration.registration;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.support.events.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What goes to the `registrations` topic: one snapshot per change, through the outbox. */
@ApplicationScoped
public class RegistrationEvents {

    private final Outbox outbox;

    public RegistrationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> changed(RegistrationView view, String reason) {
        RegistrationChanged snapshot = new RegistrationChanged(view.id(), view.workshopId(), view.attendeeId(),
                view.email(), view.name(), view.affiliation(), view.mode(), view.status(), view.waitlistPosition(),
                view.offerExpiresAt(), view.streamAccess(), view.ticketCode(), view.checkedInAt(), view.createdAt(),
                view.updatedAt(), view.version(), reason);
        return outbox.record(Topics.REGISTRATIONS, RegistrationChanged.keyOf(view.workshopId(), view.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, view.id().toString(), snapshot);
    }
}
