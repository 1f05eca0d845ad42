package dev.workshops.notification.stream;

import dev.workshops.events.EventTypes;
import dev.workshops.events.StreamChanged;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.sessions.KnownSession;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * "Live now" when a session's stream goes live: to everyone registered with stream access who starred the
 * session, and to all of them for a keynote. Other stream changes tell nobody.
 */
@ApplicationScoped
public class StreamNotices {

    static final String KIND = "stream-live";

    /** Stream access now, and either a keynote or a star: ?1 the workshop, ?2 the session. */
    private static final String AUDIENCE = """
            SELECT h.attendee_id FROM registration_projection h
            WHERE h.workshop_id = ?1 AND h.stream_access AND h.status <> 'CANCELLED'
              AND (EXISTS (SELECT 1 FROM session_projection s WHERE s.session_id = ?2 AND s.kind = 'KEYNOTE')
                   OR EXISTS (SELECT 1 FROM star_projection st WHERE st.session_id = ?2 AND st.attendee_id = h.attendee_id))
            ORDER BY h.attendee_id""";

    private final EventConsumer events;
    private final Messages messages;
    private final Deliveries deliveries;
    private final Clock clock;

    public StreamNotices(EventConsumer events, Messages messages, Deliveries deliveries, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Incoming("streams")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.STREAM_CHANGED, StreamChanged.class, this::apply);
    }

    Uni<Void> apply(StreamChanged stream) {
        if (stream.reason() != StreamChanged.Reason.LIVE) {
            return Uni.createFrom().voidItem();
        }
        return KnownWorkshop.summaryOf(stream.workshopId(), stream.workshop()).flatMap(workshop ->
                KnownSession.<KnownSession>findById(stream.sessionId()).flatMap(session ->
                        audience(stream).flatMap(people -> deliveries.tellEach(people,
                                person -> Recipient.<Recipient>findById(person).flatMap(recipient -> {
                                    Messages.Message rendered = messages.render(KIND, Map.of(
                                            "name", recipient == null || recipient.name == null ? "there" : recipient.name,
                                            "title", titleOf(stream, session),
                                            "workshop", Messages.workshopName(workshop))).about(workshop, PortalPage.streams(stream.workshopId()));
                                    return deliveries.notify(person, recipient == null ? null : recipient.email, stream.workshopId(),
                                            Deliveries.Concern.REMINDERS, KIND, "stream/" + stream.sessionId() + "/live/v" + stream.version(),
                                            stream.startedAt() == null ? clock.instant() : stream.startedAt(), rendered);
                                })))));
    }

    private static String titleOf(StreamChanged stream, KnownSession session) {
        if (stream.sessionTitle() != null) {
            return stream.sessionTitle();
        }
        return session == null ? "A session" : session.title;
    }

    private static Uni<List<String>> audience(StreamChanged stream) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(AUDIENCE, String.class)
                .setParameter(1, stream.workshopId()).setParameter(2, stream.sessionId()).getResultList());
    }
}
