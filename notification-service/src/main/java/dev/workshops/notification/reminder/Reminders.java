package dev.workshops.notification.reminder;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminders: a starred session in 10 minutes (the person), a mentoring booking in 15 minutes (mentee and mentor),
 * the workshop in 24 hours (confirmed attendees). Due ones are computed from the current projections at each
 * sweep, so a session moved by a later release is reminded at its new time. Each fact key names the start
 * ({@code reminder/<what>/<id>/<start>}): a start is reminded once per person, even by two replicas sweeping at
 * once (the second insert of the same notification does nothing).
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** One kind of reminder: its template and the query of what is due (columns as {@link Due}; ?1 now, ?2 now + lead). */
    /** {@code page}: the portal page a reminder of this kind links to, by workshop. */
    private record Kind(String template, Duration lead, String dueQuery, Function<String, PortalPage> page) {
    }

    private record Due(String factKey, String recipientId, String email, String name, String workshopId, String workshopTitle,
            String timezone, String title, String place, Instant startsAt) {
    }

    private static final String NOT_YET = """
            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = due.recipient_id AND n.fact_key = due.fact_key)""";

    private final Messages messages;
    private final Deliveries deliveries;
    private final List<Kind> kinds;
    private final Clock clock;

    public Reminders(Messages messages, Deliveries deliveries, Clock clock,
            @ConfigProperty(name = "workshop.notification.reminders.session-lead") Duration sessionLead,
            @ConfigProperty(name = "workshop.notification.reminders.mentoring-lead") Duration mentoringLead,
            @ConfigProperty(name = "workshop.notification.reminders.workshop-lead") Duration workshopLead) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.clock = clock;
        this.kinds = List.of(
                new Kind("session-reminder", sessionLead, """
                        SELECT * FROM (
                            SELECT 'reminder/session/' || s.session_id || '/' || extract(epoch FROM s.starts_at)::bigint AS fact_key,
                                   st.attendee_id AS recipient_id, r.email, r.name, s.workshop_id, w.title AS workshop_title,
                                   w.timezone, s.title, s.room AS place, s.starts_at
                            FROM session_projection s
                            JOIN star_projection st ON st.session_id = s.session_id
                            LEFT JOIN recipient r ON r.attendee_id = st.attendee_id
                            LEFT JOIN workshop_projection w ON w.id = s.workshop_id
                            WHERE s.status = 'SCHEDULED' AND s.starts_at > ?1 AND s.starts_at <= ?2) due WHERE true
                        """ + NOT_YET, PortalPage::schedule),
                new Kind("mentoring-reminder", mentoringLead, """
                        SELECT * FROM (
                            SELECT 'reminder/mentoring/' || m.booking_id || '/' || extract(epoch FROM m.starts_at)::bigint AS fact_key,
                                   m.attendee_id AS recipient_id, m.attendee_email AS email, m.attendee_name AS name, m.workshop_id,
                                   w.title AS workshop_title, w.timezone, m.topic || ' with ' || coalesce(m.mentor_name, 'your mentor') AS title,
                                   coalesce(m.location, 'online') AS place, m.starts_at
                            FROM mentoring_projection m LEFT JOIN workshop_projection w ON w.id = m.workshop_id
                            WHERE m.status = 'BOOKED' AND m.starts_at > ?1 AND m.starts_at <= ?2
                            UNION ALL
                            SELECT 'reminder/mentoring/' || m.booking_id || '/' || extract(epoch FROM m.starts_at)::bigint,
                                   m.mentor_id, m.mentor_email, m.mentor_name, m.workshop_id, w.title, w.timezone,
                                   m.topic || ' with ' || coalesce(m.attendee_name, 'a mentee'), coalesce(m.location, 'online'), m.starts_at
                            FROM mentoring_projection m LEFT JOIN workshop_projection w ON w.id = m.workshop_id
                            WHERE m.status = 'BOOKED' AND m.starts_at > ?1 AND m.starts_at <= ?2) due WHERE true
                        """ + NOT_YET, PortalPage::mentoring),
                new Kind("workshop-reminder", workshopLead, """
                        SELECT * FROM (
                            SELECT 'reminder/workshop/' || w.id || '/' || extract(epoch FROM w.starts_at)::bigint AS fact_key,
                                   h.attendee_id AS recipient_id, r.email, r.name, w.id AS workshop_id, w.title AS workshop_title,
                                   w.timezone, w.title, CASE h.mode WHEN 'IN_PERSON' THEN 'in person' ELSE 'online' END AS place,
                                   w.starts_at
                            FROM workshop_projection w
                            JOIN registration_projection h ON h.workshop_id = w.id AND h.status = 'CONFIRMED'
                            LEFT JOIN recipient r ON r.attendee_id = h.attendee_id
                            WHERE w.starts_at > ?1 AND w.starts_at <= ?2) due WHERE true
                        """ + NOT_YET, PortalPage::registration));
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Instant now = clock.instant();
        return Multi.createFrom().iterable(kinds)
                .onItem().transformToUniAndConcatenate(kind -> Panache.withTransaction(() -> due(kind, now)
                        .flatMap(reminders -> Multi.createFrom().iterable(reminders)
                                .onItem().transformToUniAndConcatenate(due -> remind(kind, due))
                                .collect().last().replaceWithVoid())))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "reminders failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private static Uni<List<Due>> due(Kind kind, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(kind.dueQuery(), Object[].class)
                .setParameter(1, now).setParameter(2, now.plus(kind.lead()))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Due((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], instant(row[9]))).toList());
    }

    private Uni<Void> remind(Kind kind, Due due) {
        ZoneId workshopZone = due.timezone() == null ? ZoneOffset.UTC : ZoneId.of(due.timezone());
        return deliveries.zoneOf(due.recipientId(), workshopZone).flatMap(zone -> {
            Map<String, Object> data = new HashMap<>();
            data.put("name", due.name() == null ? "there" : due.name());
            data.put("workshop", Messages.workshopName(due.workshopTitle()));
            data.put("title", due.title());
            data.put("place", due.place());
            data.put("startsAt", Messages.when(due.startsAt(), zone));
            return deliveries.notify(due.recipientId(), due.email(), due.workshopId(), Deliveries.Concern.REMINDERS, kind.template(),
                    due.factKey(), due.startsAt().minus(kind.lead()), messages.render(kind.template(), data).about(null, kind.page().apply(due.workshopId())));
        });
    }

    /** A timestamp column of a native query's row, however the driver hands it over. */
    public static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
