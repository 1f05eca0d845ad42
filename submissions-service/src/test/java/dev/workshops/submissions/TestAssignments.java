package dev.workshops.submissions;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.assignment.Assignment;
import dev.workshops.submissions.assignment.Assignments;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.submissions.review.Review;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.UUID;

/**
 * Committee members, assignments and conflicts written straight into the service's tables, for the tests of what is
 * built on them (reviews, discussion, decisions): the committee's own API is tested with its feature.
 */
public final class TestAssignments {

    /** A complete review, submitted; its comments to authors and its confidential note are the ones tests look for. */
    public static final String SUBMITTED_REVIEW = """
            {"overall": 7, "confidence": 4, "originality": 3, "relevance": 4, "rigor": 4, "summary": "Sound.",
             "strengths": "Data.", "weaknesses": "Scope.", "commentsToAuthors": "Please widen the scope.",
             "confidentialToChairs": "Leaning accept.", "submit": true}""";

    private static final java.util.concurrent.atomic.AtomicLong ASSIGNED = new java.util.concurrent.atomic.AtomicLong();

    private TestAssignments() {
    }

    /** {@code person} accepted an invitation to the workshop's committee; their membership id. */
    public static UUID acceptedMember(String workshop, TestCalls.Person person) {
        CommitteeMember member = new CommitteeMember();
        member.id = UUID.randomUUID();
        member.workshopId = workshop;
        member.email = person.email();
        member.name = person.name();
        member.status = CommitteeMember.Status.ACCEPTED;
        member.accountId = Tokens.subjectOf(person.token());
        member.affiliation = "Independent Reviewers Lab";
        member.declaredConflicts = "[]";
        member.invitedBy = "olivia@workshop.test";
        member.version = 1;
        member.createdAt = TestCalls.now();
        member.updatedAt = member.createdAt;
        return saved(member).id;
    }

    /** A chair assigned the member to the paper, as the next "Reviewer N"; the assignment's id. */
    public static UUID assign(String workshop, String submission, UUID member) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.workshopId = workshop;
        assignment.submissionId = UUID.fromString(submission);
        assignment.memberId = member;
        assignment.state = ReviewAssignmentChanged.State.ASSIGNED;
        assignment.assignedBy = "olivia@workshop.test";
        assignment.version = 1;
        assignment.createdAt = TestCalls.now().plusMillis(ASSIGNED.incrementAndGet());
        assignment.updatedAt = assignment.createdAt;
        run(() -> Assignments.nextReviewerNumber(assignment.submissionId).flatMap(number -> {
            assignment.reviewerNumber = number;
            return assignment.persist();
        }));
        return assignment.id;
    }

    /** A conflict between the member and the paper, in {@code status}; its id. */
    public static UUID conflict(String workshop, String submission, UUID member, Conflict.Status status) {
        Conflict conflict = new Conflict();
        conflict.id = UUID.randomUUID();
        conflict.workshopId = workshop;
        conflict.submissionId = UUID.fromString(submission);
        conflict.memberId = member;
        conflict.source = Conflict.Source.EMAIL_DOMAIN;
        conflict.evidence = "same email domain";
        conflict.status = status;
        conflict.version = 1;
        conflict.createdAt = TestCalls.now();
        conflict.updatedAt = conflict.createdAt;
        return saved(conflict).id;
    }

    public static void setConflict(UUID conflict, Conflict.Status status) {
        run(() -> Conflict.<Conflict>findById(conflict).flatMap(found -> {
            found.status = status;
            return found.persist();
        }));
    }

    /** A chair took the assignment back (the assignment feature's own rules are tested with it). */
    public static void remove(UUID assignment) {
        run(() -> Assignment.<Assignment>findById(assignment).flatMap(found -> {
            found.state = ReviewAssignmentChanged.State.REMOVED;
            found.version += 1;
            return found.persist();
        }));
    }

    /** How many review rows the assignment has (one at most, however its saves raced). */
    public static long reviewRows(UUID assignment) {
        return run(() -> Review.count("assignmentId", assignment));
    }

    public static ReviewAssignmentChanged.State stateOf(UUID assignment) {
        return run(() -> Assignment.<Assignment>findById(assignment).map(found -> found.state));
    }

    private static <T extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase> T saved(T entity) {
        run(entity::persist);
        return entity;
    }

    private static <T> T run(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
