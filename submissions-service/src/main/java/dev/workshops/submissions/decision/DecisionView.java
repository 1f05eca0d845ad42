package dev.workshops.submissions.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.submission.Submission;
import java.time.Instant;
import java.util.UUID;

/** A decision as the chairs read it: PENDING until released, with who recorded it and when. */
public record DecisionView(UUID submissionId, SubmissionChanged.Outcome outcome, State state, String recordedBy,
        Instant recordedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Instant releasedAt) {

    public enum State { PENDING, RELEASED }

    static DecisionView of(Submission submission) {
        return new DecisionView(submission.id, SubmissionChanged.Outcome.valueOf(submission.decision),
                submission.decisionPending() ? State.PENDING : State.RELEASED, submission.decisionBy, submission.decisionAt,
                submission.decisionReleasedAt);
    }
}
