package dev.workshops.notification.review;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.reminder.LeadWindows;
import dev.workshops.notification.reminder.LeadWindows.Window;
import dev.workshops.notification.reminder.Reminders;
import dev.workshops.notification.submission.AuthorAddresses;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reminds a member of each review they have not submitted: 3 days and 1 day before its {@code dueAt} (the
 * {@code review-leads}, as {@link LeadWindows}: a moved {@code dueAt} moves the reminders not sent yet, one sent is
 * not sent again). A submitted or removed assignment is reminded of nothing, nor one the member has not been told
 * of yet (its assignment notice comes first). One reminder per paper, named by its title only.
 */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    private static final String KIND = "review-reminder";

    /** ?1 now, (?3, ?2] the due times this lead's window covers, ?4 the lead as its fact key names it. */
    private static final String DUE = """
            SELECT a.assignment_id, a.workshop_id, coalesce(a.workshop_title, w.title), coalesce(a.workshop_timezone, w.timezone),
                   a.paper_title, a.member_name, a.member_email, a.due_at
            FROM assignment_projection a
            LEFT JOIN workshop_projection w ON w.id = a.workshop_id
            WHERE a.state = 'ASSIGNED' AND a.announced_in IS NOT NULL
              AND a.due_at > ?1 AND a.due_at > ?3 AND a.due_at <= ?2
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = a.recipient_id
                              AND n.fact_key = 'reminder/review/' || a.assignment_id || '/' || ?4)""";

    private record Due(UUID assignmentId, String workshopId, String workshopTitle, String timezone, String paperTitle,
            String memberName, String memberEmail, Instant dueAt) {
    }

    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Clock clock;
    private final LeadWindows windows;

    public ReviewReminders(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
            @ConfigProperty(name = "workshop.notification.reminders.review-leads") List<Duration> leads) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
        this.windows = new LeadWindows(leads);
    }

    @Scheduled(every = "${workshop.notification.reminders.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        Instant now = clock.instant();
        return windows.sweep(LOG, "review reminders", window -> due(window, now), this::remind);
    }

    private static Uni<List<Due>> due(Window window, Instant now) {
        return window.due(DUE, now).map(rows -> rows.stream().map(row -> new Due((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], Reminders.instant(row[7]))).toList());
    }

    private Uni<Void> remind(Window window, Due due) {
        return addresses.of(nameOf(due.memberName()), due.memberEmail(), Messages.zoneOf(due.timezone())).flatMap(member -> {
            Map<String, Object> data = new HashMap<>();
            data.put("name", member.name());
            data.put("workshop", Messages.workshopName(due.workshopTitle()));
            data.put("title", titleOf(due.paperTitle()));
            data.put("due", Messages.when(due.dueAt(), member.zone()));
            data.put("within", window.within());
            return deliveries.notify(member.recipient(), member.account(), member.email(), due.workshopId(), Deliveries.Concern.REMINDERS,
                    KIND, "reminder/review/" + due.assignmentId() + "/" + window.key(), due.dueAt().minus(window.lead()),
                    messages.render(KIND, data).about(null, PortalPage.workshop(due.workshopId())));
        });
    }

    /** How a notice greets a member whose fact has no name. */
    static String nameOf(String memberName) {
        return memberName == null ? "there" : memberName;
    }

    /** How a notice names a paper whose fact has no title: never by its id. */
    static String titleOf(String paperTitle) {
        return paperTitle == null ? "a paper" : paperTitle;
    }
}
