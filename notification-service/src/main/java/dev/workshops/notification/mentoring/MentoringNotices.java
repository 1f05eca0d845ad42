package dev.workshops.notification.mentoring;

import dev.workshops.events.EventTypes;
import dev.workshops.events.MentoringBookingChanged;
import dev.workshops.events.MentoringBookingChanged.Reason;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the bookings the reminders need, and tells people of them: the mentee when they booked, the other side
 * when one side cancelled (the mentee when the mentor cancelled the slot, the mentor when a mentee cancelled).
 */
@ApplicationScoped
public class MentoringNotices {

    private final EventConsumer events;
    private final Messages messages;
    private final Deliveries deliveries;

    public MentoringNotices(EventConsumer events, Messages messages, Deliveries deliveries) {
        this.events = events;
        this.messages = messages;
        this.deliveries = deliveries;
    }

    @Incoming("mentoring-bookings")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.MENTORING_BOOKING_CHANGED, MentoringBookingChanged.class, this::apply);
    }

    Uni<Void> apply(MentoringBookingChanged booking) {
        return BookedMentoring.<BookedMentoring>findById(booking.bookingId()).flatMap(held -> {
            if (held != null && held.version >= booking.version()) {
                return Uni.createFrom().voidItem();
            }
            BookedMentoring kept = held != null ? held : new BookedMentoring();
            kept.bookingId = booking.bookingId();
            kept.workshopId = booking.workshopId();
            kept.attendeeId = booking.attendeeId();
            kept.attendeeEmail = booking.attendeeEmail();
            kept.attendeeName = booking.attendeeName();
            kept.mentorId = booking.slot().mentorId();
            kept.mentorEmail = booking.slot().mentorEmail();
            kept.mentorName = booking.slot().mentorName();
            kept.topic = booking.slot().topic();
            kept.startsAt = booking.slot().startsAt();
            kept.format = booking.slot().format();
            kept.location = booking.slot().location();
            kept.status = booking.status().name();
            kept.version = booking.version();
            return kept.persist().flatMap(saved -> tell(booking));
        });
    }

    private Uni<Void> tell(MentoringBookingChanged booking) {
        boolean byMentor = booking.reason() == Reason.CANCELLED_BY_MENTOR;
        boolean toMentor = booking.reason() == Reason.CANCELLED_BY_ATTENDEE;
        String kind = booking.reason() == Reason.BOOKED ? "mentoring-booked" : "mentoring-cancelled";
        String recipient = toMentor ? booking.slot().mentorId() : booking.attendeeId();
        String email = toMentor ? booking.slot().mentorEmail() : booking.attendeeEmail();
        String name = toMentor ? booking.slot().mentorName() : booking.attendeeName();
        String other = toMentor ? booking.attendeeName() : booking.slot().mentorName();
        return KnownWorkshop.summaryOf(booking.workshopId(), booking.workshop()).flatMap(workshop ->
                deliveries.zoneOf(recipient, Messages.zoneOf(workshop)).flatMap(zone -> {
                    Map<String, Object> data = new HashMap<>();
                    data.put("name", name == null ? "there" : name);
                    data.put("other", other == null ? "the other person" : other);
                    data.put("workshop", Messages.workshopName(workshop));
                    data.put("topic", booking.slot().topic());
                    data.put("startsAt", Messages.when(booking.slot().startsAt(), zone));
                    data.put("place", booking.slot().location() == null ? "online (the link is in the portal)" : booking.slot().location());
                    data.put("byMentor", byMentor);
                    return deliveries.notify(recipient, email, booking.workshopId(), Deliveries.Concern.REGISTRATION, kind,
                            "mentoring/" + booking.bookingId() + "/v" + booking.version(), booking.slot().startsAt(),
                            messages.render(kind, data).about(workshop, PortalPage.mentoring(booking.workshopId())));
                }));
    }
}
