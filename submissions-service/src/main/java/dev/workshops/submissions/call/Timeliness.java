package dev.workshops.submissions.call;

/** How a change to a submission stands against its deadline, when it is accepted at all. */
public enum Timeliness {
    ON_TIME,
    /** After the deadline but within the call's grace period, which authors are never told of. */
    LATE_WITHIN_GRACE
}
