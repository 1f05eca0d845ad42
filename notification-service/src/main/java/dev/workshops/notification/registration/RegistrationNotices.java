package dev.workshops.notification.registration;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.RegistrationChanged.Mode;
import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.calendar.CalendarEntry;
import dev.workshops.support.calendar.CalendarWriter;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.registrations.RegistrationFacts;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tells attendees what happened to their registration: in the feed and, if they allow it, by email. */
@ApplicationScoped
public class RegistrationNotices {

    private final EventConsumer events;
    private final Messages messages;
    private final Deliveries deliveries;
    private final RegistrationFacts registrations;
    private final Clock clock;

    public RegistrationNotices(EventConsumer events, Messages messages, Deliveries deliveries, RegistrationFacts registrations, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.deliveries = deliveries;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Incoming("registrations")
    public Uni<Void> consume(org.eclipse.microprofile.reactive.messaging.Message<String> message) {
        return events.consume(message, EventTypes.REGISTRATION_CHANGED, RegistrationChanged.class, this::apply);
    }

    Uni<Void> apply(RegistrationChanged registration) {
        String kind = kindOf(registration);
        Uni<Void> remembered = registrations.apply(registration)
                .flatMap(held -> Recipient.remember(registration.attendeeId(), registration.email(),
                        registration.emailVerified(), registration.name(), clock.instant()));
        if (kind == null) {
            return remembered;
        }
        return remembered
                .flatMap(done -> KnownWorkshop.summaryOf(registration.workshopId(), registration.workshop()))
                .flatMap(workshop -> tell(registration, kind, workshop));
    }

    /** {@code workshop} as the snapshot carries it (or as heard on `workshops`; none for an old snapshot read early). */
    private Uni<Void> tell(RegistrationChanged registration, String kind, WorkshopSummary workshop) {
        return deliveries.zoneOf(registration.attendeeId(), Messages.zoneOf(workshop)).flatMap(zone -> {
            Map<String, Object> data = new HashMap<>();
            data.put("name", registration.name() == null ? "there" : registration.name());
            data.put("workshop", Messages.workshopName(workshop));
            data.put("mode", registration.mode() == Mode.IN_PERSON ? "in person" : "online");
            data.put("ticketCode", registration.ticketCode());
            data.put("streamAccess", registration.streamAccess());
            data.put("waitlistPosition", registration.waitlistPosition());
            data.put("offerExpiresAt", Messages.when(registration.offerExpiresAt(), zone));
            data.put("expired", registration.reason() == Reason.OFFER_EXPIRED);
            Messages.Message rendered = messages.render(kind, data).about(workshop, pageOf(registration, kind));
            if ("registration-confirmed".equals(kind) && workshop != null) {
                rendered = rendered.withCalendar(CalendarWriter.write(workshop.title(), clock.instant(), List.of(new CalendarEntry(
                        registration.workshopId() + "@workshops", (int) Math.max(0, workshop.version() - 1), false,
                        workshop.startsAt(), workshop.endsAt(), workshop.title(), null, null))));
            }
            String fact = "registration/" + registration.id() + "/v" + registration.version();
            return deliveries.notify(registration.attendeeId(), registration.email(), registration.workshopId(),
                    Deliveries.Concern.REGISTRATION, kind, fact, registration.updatedAt(), rendered);
        });
    }

    /** The ticket for whoever has one, else the registration page, where each of these changes is acted on. */
    private static PortalPage pageOf(RegistrationChanged registration, String kind) {
        return "registration-confirmed".equals(kind) && registration.ticketCode() != null
                ? PortalPage.ticket(registration.workshopId()) : PortalPage.registration(registration.workshopId());
    }

    /** Which message a change calls for; none for a check-in (the person is standing at the desk). */
    static String kindOf(RegistrationChanged registration) {
        return switch (registration.reason()) {
            case REGISTERED, PROMOTED, MODE_CHANGED -> switch (registration.status()) {
                case CONFIRMED -> "registration-confirmed";
                case WAITLISTED -> "registration-waitlisted";
                default -> null;
            };
            case WAITLISTED -> "registration-waitlisted";
            case OFFERED -> "seat-offered";
            case OFFER_DECLINED, OFFER_EXPIRED -> "moved-to-virtual";
            case CANCELLED -> "registration-cancelled";
            case CHECKED_IN -> null;
        };
    }
}
