package dev.workshops.notification.announcement;

import dev.workshops.events.AnnouncementCreated;
import dev.workshops.events.AnnouncementCreated.Audience;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Announcements: the API records the fact through the outbox and answers at once (202); this service's own
 * consumer of `announcements` fans it out to the audience, one feed item and email per person, exactly once.
 */
@ApplicationScoped
public class Announcements {

    static final String KIND = "announcement";

    /** The answer: how many people the audience has now. */
    public record Accepted(UUID id, long recipients) {
    }

    /** How many people an announcement to {@code audience} would reach now. */
    public record Reach(Audience audience, long recipients) {
    }

    private final Outbox outbox;
    private final EventConsumer events;
    private final Messages messages;
    private final Deliveries deliveries;
    private final Clock clock;

    public Announcements(Outbox outbox, EventConsumer events, Messages messages, Deliveries deliveries, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.messages = messages;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Accepted> announce(String workshopId, Caller organizer, AnnouncementRequest request) {
        return known(workshopId)
                .flatMap(workshop -> audience(workshopId, request.audience()).flatMap(people -> {
                    AnnouncementCreated fact = new AnnouncementCreated(UUID.randomUUID(), workshopId, request.subject().strip(),
                            request.body(), request.audience(), organizer.id(), clock.instant());
                    return outbox.record(Topics.ANNOUNCEMENTS, workshopId, EventTypes.ANNOUNCEMENT_CREATED, fact.id().toString(), fact)
                            .replaceWith(new Accepted(fact.id(), people.size()));
                }));
    }

    /**
     * The audience's size before sending, counted by the query the fan-out picks its recipients with, so the number
     * shown is the number told (unless registrations change in between).
     */
    @WithSession
    public Uni<Reach> reach(String workshopId, Audience audience) {
        return known(workshopId).flatMap(workshop -> audience(workshopId, audience))
                .map(people -> new Reach(audience, people.size()));
    }

    private static Uni<KnownWorkshop> known(String workshopId) {
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no workshop '" + workshopId + "'."));
    }

    @Incoming("announcements")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.ANNOUNCEMENT_CREATED, AnnouncementCreated.class, this::fanOut);
    }

    Uni<Void> fanOut(AnnouncementCreated announcement) {
        return KnownWorkshop.summaryOf(announcement.workshopId(), null).flatMap(workshop ->
                audience(announcement.workshopId(), announcement.audience()).flatMap(people -> deliveries.tellEach(people,
                        person -> Recipient.<Recipient>findById(person).flatMap(recipient -> {
                            Messages.Message rendered = messages.render(KIND, Map.of(
                                    "workshop", Messages.workshopName(workshop),
                                    "subject", announcement.subject(), "body", announcement.body()))
                                    .about(workshop, PortalPage.workshop(announcement.workshopId()));
                            return deliveries.notify(person, recipient == null ? null : recipient.email, announcement.workshopId(),
                                    Deliveries.Concern.ANNOUNCEMENTS, KIND, "announcement/" + announcement.id(),
                                    announcement.createdAt(), rendered);
                        }))));
    }

    /** The people in the audience now, from the registrations projection. */
    private static Uni<List<String>> audience(String workshopId, Audience audience) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT attendee_id FROM registration_projection WHERE workshop_id = ?1 AND " + conditionOf(audience)
                                + " ORDER BY attendee_id", String.class)
                .setParameter(1, workshopId).getResultList());
    }

    /** Who hears it: everyone registered, confirmed in person, registered online, or waiting for a seat. */
    private static String conditionOf(Audience audience) {
        return switch (audience) {
            case ALL -> "status <> 'CANCELLED'";
            case IN_PERSON -> "mode = 'IN_PERSON' AND status = 'CONFIRMED'";
            case VIRTUAL -> "mode = 'VIRTUAL' AND status <> 'CANCELLED'";
            case WAITLISTED -> "status = 'WAITLISTED'";
        };
    }
}
