package dev.workshops.submissions.call;

import dev.workshops.support.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether authors may change a submission now: the one rule for every change an author makes (details, PDF,
 * withdrawal excepted), and for the camera-ready against its own deadline. The call must have opened; its deadline
 * (or the submission's own extension, when it ends later) plus the grace period must not have passed. Only the
 * server's clock counts.
 *
 * @param closing what closes at the deadline, as the refusal says it ("Submissions", "Camera-ready versions")
 */
public record DeadlineRule(Instant opensAt, Deadline deadline, Instant deadlineAt, Duration grace, String closing) {

    /** The rule of submissions. */
    public DeadlineRule(Instant opensAt, Deadline deadline, Instant deadlineAt, Duration grace) {
        this(opensAt, deadline, deadlineAt, grace, "Submissions");
    }

    /**
     * {@link Timeliness#ON_TIME} before the deadline, {@link Timeliness#LATE_WITHIN_GRACE} up to and including the end
     * of the grace period; after it a 409 saying the deadline in the author's words.
     *
     * @param extendedUntil the submission's own deadline, or {@code null}
     */
    public Timeliness check(Instant now, Instant extendedUntil) {
        if (now.isBefore(opensAt)) {
            throw ProblemException.conflict("The call for papers opens at " + Deadline.utcWords(opensAt) + ".")
                    .with("opensAt", opensAt);
        }
        Instant due = dueAt(extendedUntil);
        if (now.isBefore(due)) {
            return Timeliness.ON_TIME;
        }
        if (!now.isAfter(due.plus(grace))) {
            return Timeliness.LATE_WITHIN_GRACE;
        }
        throw closed(extendedUntil);
    }

    /** Whether new submissions are taken now, as anyone may be told (the grace period is not shown). */
    public boolean open(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(deadlineAt);
    }

    /** A submission's deadline: its extension when that ends later than the call's (an extension never shortens). */
    public Instant dueAt(Instant extendedUntil) {
        return dueAt(deadlineAt, extendedUntil);
    }

    public static Instant dueAt(Instant callDeadlineAt, Instant extendedUntil) {
        return extendedUntil != null && extendedUntil.isAfter(callDeadlineAt) ? extendedUntil : callDeadlineAt;
    }

    /** The 409 for a change after the deadline and its grace, with the deadline in the author's words. */
    public ProblemException closed(Instant extendedUntil) {
        Instant due = dueAt(extendedUntil);
        String detail = due.equals(deadlineAt)
                ? closing + " closed at " + deadline.words() + ", " + Deadline.utcWords(deadlineAt) + "."
                : "The extension of this submission ended at " + Deadline.utcWords(due) + ".";
        return ProblemException.conflict(detail).with("deadlineAt", due);
    }
}
