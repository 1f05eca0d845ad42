package dev.workshops.events;

import static dev.workshops.events.ContractViolation.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Snapshot of one reviewer's assignment to one paper, keyed by {@code assignmentId}, published by
 * submissions-service on {@link Topics#REVIEW_ASSIGNMENTS} when it is made, when its review is submitted and when
 * it is removed. It names the member (so notification-service can tell them of their assignments and remind them
 * before {@code dueAt}) and never an author: the paper is only its id and, for the reviewer's notice,
 * {@code paperTitle}.
 *
 * <p>Optional: {@code memberName}, {@code paperTitle} absent are none; {@code workshop} absent is {@code null}
 * (a consumer takes it from its own projection).
 */
public record ReviewAssignmentChanged(
        UUID assignmentId,
        UUID submissionId,
        String workshopId,
        UUID memberId,
        String memberEmail,
        String memberName,
        String paperTitle,
        Instant dueAt,
        State state,
        @JsonProperty(required = true) long version,
        WorkshopSummary workshop) {

    /** ASSIGNED until its review is submitted; REMOVED when a chair takes it back. */
    public enum State { ASSIGNED, SUBMITTED, REMOVED }

    public ReviewAssignmentChanged {
        required(assignmentId, "assignmentId");
        required(submissionId, "submissionId");
        required(workshopId, "workshopId");
        required(memberId, "memberId");
        required(memberEmail, "memberEmail");
        required(dueAt, "dueAt");
        required(state, "state");
    }
}
