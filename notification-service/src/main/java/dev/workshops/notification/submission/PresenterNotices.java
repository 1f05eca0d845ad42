package dev.workshops.notification.submission;

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
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The presenter an accepted paper's camera-ready names, once it has stood for {@code settle} (their registration
 * may still be on its way on another topic): without a registration for the workshop they are asked, once, to
 * register; having declared IN_PERSON but holding only a waitlisted or an online place, they are told so, once. A
 * registration counts as theirs only through an address the identity provider verified ({@code verified_address}).
 * Fact keys {@code presenter/<submission>/register} and {@code presenter/<submission>/in-person}, to the presenter's
 * email: a new presenter is asked again, the same one never twice.
 */
@ApplicationScoped
public class PresenterNotices {

    private static final Logger LOG = Logger.getLogger(PresenterNotices.class);

    /** ?1 the latest a camera-ready may have arrived to be looked at. */
    private static final String DUE = """
            SELECT * FROM (
                SELECT s.submission_id, s.workshop_id, coalesce(s.workshop_title, w.title) AS workshop_title, s.title,
                       s.presenter_name, s.presenter_email, s.presenter_recipient AS recipient_id, s.attendance,
                       CASE WHEN registration.status IS NULL THEN 'register'
                            WHEN s.attendance = 'IN_PERSON' AND (registration.status = 'WAITLISTED' OR registration.mode = 'VIRTUAL')
                            THEN 'in-person' END AS ask
                FROM submission_projection s
                LEFT JOIN workshop_projection w ON w.id = s.workshop_id
                LEFT JOIN LATERAL (SELECT p.status, p.mode FROM verified_address v
                                   JOIN registration_projection p ON p.attendee_id = v.attendee_id AND p.workshop_id = s.workshop_id
                                   WHERE v.email = lower(s.presenter_email) AND p.status <> 'CANCELLED'
                                   ORDER BY p.created_at DESC LIMIT 1) registration ON true
                WHERE s.accepted AND s.status <> 'WITHDRAWN' AND s.camera_ready_at <= ?1) due
            WHERE due.ask IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = due.recipient_id
                              AND n.fact_key = 'presenter/' || due.submission_id || '/' || due.ask)""";

    private record Due(UUID submissionId, String workshopId, String workshopTitle, String title, String name, String email,
            String attendance, String ask) {
    }

    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Clock clock;
    private final Duration settle;

    public PresenterNotices(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
            @ConfigProperty(name = "workshop.notification.settle") Duration settle) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
        this.settle = settle;
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> due(now).flatMap(presenters -> Multi.createFrom().iterable(presenters)
                        .onItem().transformToUniAndConcatenate(this::tell)
                        .collect().last().replaceWithVoid()))
                .onFailure().invoke(e -> LOG.warnf(e, "presenter notices failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<List<Due>> due(Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE, Object[].class)
                        .setParameter(1, now.minus(settle))
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[7], (String) row[8])).toList());
    }

    private Uni<Void> tell(Due due) {
        String kind = "register".equals(due.ask()) ? "presenter-register" : "presenter-not-in-person";
        String name = due.name() == null ? "there" : due.name();
        return addresses.of(name, due.email(), ZoneOffset.UTC).flatMap(presenter -> {
            Map<String, Object> data = new HashMap<>();
            data.put("name", presenter.name());
            data.put("workshop", Messages.workshopName(due.workshopTitle()));
            data.put("title", due.title());
            data.put("attendance", PaperNotices.attendanceOf(due.attendance()));
            return deliveries.notify(presenter.recipient(), presenter.account(), presenter.email(), due.workshopId(),
                    Deliveries.Concern.REGISTRATION, kind, "presenter/" + due.submissionId() + "/" + due.ask(), clock.instant(),
                    messages.render(kind, data).about(null, PortalPage.registration(due.workshopId())));
        });
    }
}
