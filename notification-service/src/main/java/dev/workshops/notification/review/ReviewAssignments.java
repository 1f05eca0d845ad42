package dev.workshops.notification.review;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.events.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps each review assignment from `review-assignments` (the newest version wins, so a redelivered or older fact
 * changes nothing). It tells nobody itself: {@link AssignmentNotices} and {@link ReviewReminders} read what it keeps.
 */
@ApplicationScoped
public class ReviewAssignments {

    private final EventConsumer events;
    private final Clock clock;

    public ReviewAssignments(EventConsumer events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Incoming("review-assignments")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.REVIEW_ASSIGNMENT_CHANGED, ReviewAssignmentChanged.class, this::apply);
    }

    Uni<Void> apply(ReviewAssignmentChanged assignment) {
        return KnownAssignment.<KnownAssignment>findById(assignment.assignmentId()).flatMap(held -> {
            if (held != null && held.version >= assignment.version()) {
                return Uni.createFrom().voidItem();
            }
            KnownAssignment kept = held != null ? held : new KnownAssignment();
            kept.assignmentId = assignment.assignmentId();
            kept.submissionId = assignment.submissionId();
            kept.workshopId = assignment.workshopId();
            kept.memberId = assignment.memberId();
            kept.memberEmail = assignment.memberEmail();
            kept.memberName = assignment.memberName();
            kept.recipientId = Recipient.addressedTo(assignment.memberEmail());
            kept.paperTitle = assignment.paperTitle();
            kept.dueAt = assignment.dueAt();
            kept.state = assignment.state().name();
            kept.workshopTitle = assignment.workshop() == null ? null : assignment.workshop().title();
            kept.workshopTimezone = assignment.workshop() == null ? null : assignment.workshop().timezone();
            kept.changedAt = clock.instant();
            kept.version = assignment.version();
            return kept.persist().replaceWithVoid();
        });
    }
}
