package dev.workshops.notification.review;

import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.submission.AuthorAddresses;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells each committee member which papers they were given to review: one notice per member and workshop listing
 * their new papers by title, sent once their assignments have not changed for {@code settle} (a chair
 * applies a whole proposal at once, then edits it: one notice instead of one per paper, and a paper taken back
 * before it went out is never mentioned). Only members with assignments hear anything, and never of an author: the
 * notice knows the paper by its title only. Each assignment is listed in one notice: its row is locked and marked
 * with the notice's fact key in the transaction that records the notice, so two replicas never tell it twice; one
 * assigned later comes in a later notice.
 */
@ApplicationScoped
public class AssignmentNotices {

    private static final Logger LOG = Logger.getLogger(AssignmentNotices.class);

    static final String KIND = "review-assignments";

    /** ?1 now, ?2 the latest change a settled member may have. */
    private static final String SETTLED = """
            SELECT a.workshop_id, a.member_id FROM assignment_projection a
            WHERE a.state = 'ASSIGNED' AND a.announced_in IS NULL AND a.due_at > ?1
            GROUP BY a.workshop_id, a.member_id
            HAVING (SELECT max(b.changed_at) FROM assignment_projection b
                    WHERE b.workshop_id = a.workshop_id AND b.member_id = a.member_id) <= ?2""";

    private record Member(String workshopId, UUID memberId) {
    }

    private final Messages messages;
    private final Deliveries deliveries;
    private final AuthorAddresses addresses;
    private final Clock clock;
    private final Duration settle;

    public AssignmentNotices(Messages messages, Deliveries deliveries, AuthorAddresses addresses, Clock clock,
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
        return Panache.withSession(() -> settledMembers(now))
                .flatMap(members -> Multi.createFrom().iterable(members)
                        .onItem().transformToUniAndConcatenate(member -> Panache.withTransaction(() -> announce(member, now)))
                        .collect().last().replaceWithVoid())
                .onFailure().invoke(e -> LOG.warnf(e, "assignment notices failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<List<Member>> settledMembers(Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(SETTLED, Object[].class)
                        .setParameter(1, now).setParameter(2, now.minus(settle))
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Member((String) row[0], (UUID) row[1])).toList());
    }

    /** Locks the member's untold assignments (a second replica waits, then finds them told) and tells them in one notice. */
    private Uni<Void> announce(Member member, Instant now) {
        return KnownAssignment.<KnownAssignment>find(
                        "workshopId = ?1 and memberId = ?2 and state = 'ASSIGNED' and announcedIn is null and dueAt > ?3",
                        member.workshopId(), member.memberId(), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(untold -> untold.isEmpty() ? Uni.createFrom().voidItem() : tell(untold));
    }

    private Uni<Void> tell(List<KnownAssignment> untold) {
        List<KnownAssignment> papers = untold.stream()
                .sorted(Comparator.comparing((KnownAssignment a) -> a.dueAt).thenComparing(a -> String.valueOf(a.paperTitle))).toList();
        KnownAssignment any = papers.getFirst();
        String factKey = "assignments/" + any.memberId + "/"
                + papers.stream().map(a -> a.assignmentId.toString()).sorted().findFirst().orElseThrow();
        papers.forEach(assignment -> assignment.announcedIn = factKey);
        return KnownWorkshop.summaryOf(any.workshopId, null).flatMap(known -> {
            String workshopTitle = any.workshopTitle != null ? any.workshopTitle : known == null ? null : known.title();
            String timezone = any.workshopTimezone != null ? any.workshopTimezone : known == null ? null : known.timezone();
            return addresses.of(ReviewReminders.nameOf(any.memberName), any.memberEmail, Messages.zoneOf(timezone)).flatMap(member -> {
                Map<String, Object> data = new HashMap<>();
                data.put("name", member.name());
                data.put("workshop", Messages.workshopName(workshopTitle));
                data.put("papers", papers.stream().map(a -> Map.of("title", ReviewReminders.titleOf(a.paperTitle),
                        "due", Messages.when(a.dueAt, member.zone()))).toList());
                return deliveries.notify(member.recipient(), member.account(), member.email(), any.workshopId,
                        Deliveries.Concern.REGISTRATION, KIND, factKey, clock.instant(),
                        messages.render(KIND, data).about(known, PortalPage.workshop(any.workshopId)));
            });
        });
    }
}
