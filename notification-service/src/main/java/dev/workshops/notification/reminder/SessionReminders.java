package dev.workshops.notification.reminder;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Your starred session starts in 10 minutes". Due reminders are computed from the current projections at each
 * sweep, so a session moved by a later release is reminded at its new time. The fact key names the start time
 * ({@code reminder/session/<id>/<start>}): a reminder is sent once per start, even by two replicas sweeping at once
 * (the second insert of the same notification does nothing).
 */
@ApplicationScoped
public class SessionReminders {

    static final String KIND = "session-reminder";
    private static final Logger LOG = Logger.getLogger(SessionReminders.class);

    private final Messages messages;
    private final Deliveries deliveries;
    private final Duration lead;

    public SessionReminders(Messages messages, Deliveries deliveries,
            @ConfigProperty(name = "workshop.notification.reminders.session-lead") Duration lead) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.lead = lead;
    }

    private record Due(UUID sessionId, String workshopId, String title, String room, Instant startsAt, String attendeeId,
            String email, String name, String workshopTitle, String workshopZone) {
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Instant now = Timestamps.now();
        return Panache.withTransaction(() -> due(now).flatMap(reminders -> Multi.createFrom().iterable(reminders)
                        .onItem().transformToUniAndConcatenate(this::remind)
                        .collect().last().replaceWithVoid()))
                .onFailure().invoke(e -> LOG.warnf(e, "session reminders failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Starred, scheduled sessions starting within the lead time whose reminder for that start was not recorded yet. */
    private Uni<List<Due>> due(Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT s.session_id, s.workshop_id, s.title, s.room, s.starts_at, st.attendee_id, r.email, r.name,
                               w.title AS workshop_title, w.timezone
                        FROM session_projection s
                        JOIN star_projection st ON st.session_id = s.session_id
                        LEFT JOIN recipient r ON r.attendee_id = st.attendee_id
                        LEFT JOIN workshop_projection w ON w.id = s.workshop_id
                        WHERE s.status = 'SCHEDULED' AND s.starts_at > ?1 AND s.starts_at <= ?2
                          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = st.attendee_id
                              AND n.fact_key = 'reminder/session/' || s.session_id || '/' || extract(epoch FROM s.starts_at)::bigint)
                        """, Object[].class)
                .setParameter(1, now).setParameter(2, now.plus(lead))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        instant(row[4]), (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9])).toList());
    }

    private Uni<Void> remind(Due due) {
        ZoneId workshopZone = due.workshopZone() == null ? ZoneOffset.UTC : ZoneId.of(due.workshopZone());
        return deliveries.zoneOf(due.attendeeId(), workshopZone).flatMap(zone -> {
            Map<String, Object> data = new HashMap<>();
            data.put("name", due.name() == null ? "there" : due.name());
            data.put("workshop", due.workshopTitle() == null ? due.workshopId() : due.workshopTitle());
            data.put("title", due.title());
            data.put("room", due.room());
            data.put("startsAt", Messages.when(due.startsAt(), zone));
            return deliveries.notify(due.attendeeId(), due.email(), due.workshopId(), Deliveries.Concern.REMINDERS, KIND,
                    "reminder/session/" + due.sessionId() + "/" + due.startsAt().getEpochSecond(), due.startsAt().minus(lead),
                    messages.render(KIND, data));
        });
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
