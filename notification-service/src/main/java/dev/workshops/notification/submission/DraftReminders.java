package dev.workshops.notification.submission;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.reminder.Reminders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds every author of a DRAFT that its deadline nears: 7 days, 24 hours and 1 hour before (the
 * {@code submission-leads}). The deadline is the one the submission's latest fact carries (its extension or the
 * call's; submissions-service publishes every submission again when the call's deadline moves), read at each sweep,
 * so a moved deadline moves the reminders not sent yet. A lead's reminder is due from its lead until the next shorter lead (a deadline moved
 * close skips the longer ones), and its fact key names the submission and the lead, not the deadline: one sent
 * is never sent again when the deadline moves. A submitted or withdrawn one is reminded of nothing.
 */
@ApplicationScoped
public class DraftReminders {

    private static final Logger LOG = Logger.getLogger(DraftReminders.class);

    private static final String KIND = "submission-reminder";

    /** ?1 now, (?3, ?2] the deadlines this lead's window covers, ?4 the lead as its fact key names it. */
    private static final String DUE = """
            SELECT * FROM (
                SELECT s.submission_id, s.workshop_id, coalesce(s.workshop_title, w.title) AS workshop_title,
                       coalesce(s.workshop_timezone, w.timezone) AS timezone, s.title,
                       a.author->>'name' AS name, a.author->>'email' AS email, a.author->>'recipient' AS recipient_id,
                       s.deadline_at
                FROM submission_projection s
                CROSS JOIN LATERAL jsonb_array_elements(s.authors::jsonb) AS a(author)
                LEFT JOIN workshop_projection w ON w.id = s.workshop_id
                WHERE s.status = 'DRAFT') due
            WHERE due.deadline_at > ?1 AND due.deadline_at > ?3 AND due.deadline_at <= ?2
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = due.recipient_id
                              AND n.fact_key = 'reminder/submission/' || due.submission_id || '/' || ?4)""";

    private record Window(Duration lead, Duration nextLead) {
    }

    private record Due(UUID submissionId, String workshopId, String workshopTitle, String timezone, String title, String name,
            String email, Instant deadlineAt) {
    }

    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Clock clock;
    private final List<Window> windows;

    public DraftReminders(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
            @ConfigProperty(name = "workshop.notification.reminders.submission-leads") List<Duration> leads) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
        List<Duration> longestFirst = leads.stream().sorted(Comparator.reverseOrder()).toList();
        this.windows = new ArrayList<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            windows.add(new Window(longestFirst.get(i), i + 1 < longestFirst.size() ? longestFirst.get(i + 1) : Duration.ZERO));
        }
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Instant now = clock.instant();
        return Multi.createFrom().iterable(windows)
                .onItem().transformToUniAndConcatenate(window -> Panache.withTransaction(() -> due(window, now)
                        .flatMap(reminders -> Multi.createFrom().iterable(reminders)
                                .onItem().transformToUniAndConcatenate(due -> remind(window, due))
                                .collect().last().replaceWithVoid())))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "draft reminders failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private static Uni<List<Due>> due(Window window, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE, Object[].class)
                        .setParameter(1, now).setParameter(2, now.plus(window.lead())).setParameter(3, now.plus(window.nextLead()))
                        .setParameter(4, window.lead().toString())
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], Reminders.instant(row[8]))).toList());
    }

    private Uni<Void> remind(Window window, Due due) {
        return addresses.of(due.name(), due.email(), Messages.zoneOf(due.timezone())).flatMap(author -> {
            Map<String, Object> data = AuthorAddresses.dataFor(author, due.workshopTitle(), due.title(), due.deadlineAt());
            data.put("within", within(window.lead()));
            return deliveries.notify(author.recipient(), author.account(), author.email(), due.workshopId(), Deliveries.Concern.REMINDERS,
                    KIND, "reminder/submission/" + due.submissionId() + "/" + window.lead(), due.deadlineAt().minus(window.lead()),
                    messages.render(KIND, data));
        });
    }

    /** A lead as the reminder says it: "7 days", "24 hours", "1 hour". */
    static String within(Duration lead) {
        if (lead.toHours() > 24 && lead.toHoursPart() == 0) {
            return lead.toDays() + " days";
        }
        if (lead.toMinutesPart() == 0 && lead.toHours() > 0) {
            return lead.toHours() == 1 ? "1 hour" : lead.toHours() + " hours";
        }
        return lead.toMinutes() + " minutes";
    }
}
