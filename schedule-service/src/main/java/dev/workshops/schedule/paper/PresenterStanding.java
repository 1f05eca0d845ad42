package dev.workshops.schedule.paper;

import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.SubmissionChanged;

/**
 * Whether a paper's presenter holds the registration their declared attendance needs. Presenting IN_PERSON needs a
 * CONFIRMED in-person seat (waitlisted, offered or registered virtually is flagged); presenting VIRTUAL needs any
 * registration that reaches the stream (confirmed, or waitlisted with stream access).
 */
public enum PresenterStanding {
    /** The registration fits the declared attendance. */
    MATCHES,
    /** No camera-ready yet, so no attendance declared: nothing to compare (not flagged). */
    NOT_DECLARED,
    NOT_REGISTERED,
    /** Declared IN_PERSON, holds no confirmed seat yet (waitlisted, or offered one). */
    NO_SEAT,
    /** Declared IN_PERSON, registered to take part virtually. */
    REGISTERED_VIRTUALLY,
    /** Declared VIRTUAL, but the registration does not reach the stream. */
    NO_STREAM_ACCESS;

    public boolean flagged() {
        return this != MATCHES && this != NOT_DECLARED;
    }

    /** @param status the presenter's registration status, none when they hold no registration */
    public static PresenterStanding of(SubmissionChanged.Attendance declared, RegistrationChanged.Status status,
            RegistrationChanged.Mode mode, boolean streamAccess) {
        if (status == null || status == RegistrationChanged.Status.CANCELLED) {
            return NOT_REGISTERED;
        }
        if (declared == null) {
            return NOT_DECLARED;
        }
        if (declared == SubmissionChanged.Attendance.VIRTUAL) {
            return status == RegistrationChanged.Status.CONFIRMED || streamAccess ? MATCHES : NO_STREAM_ACCESS;
        }
        if (mode == RegistrationChanged.Mode.VIRTUAL) {
            return REGISTERED_VIRTUALLY;
        }
        return status == RegistrationChanged.Status.CONFIRMED ? MATCHES : NO_SEAT;
    }
}
