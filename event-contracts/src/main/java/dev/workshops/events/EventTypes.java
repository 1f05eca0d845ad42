package dev.workshops.events;

/** CloudEvents {@code ce_type} values, one per kind of fact. */
public final class EventTypes {

    public static final String WORKSHOP_CHANGED = "workshop.workshop.changed.v1";
    public static final String SCHEDULE_RELEASED = "workshop.schedule.released.v1";
    public static final String STAR_CHANGED = "workshop.star.changed.v1";
    public static final String MENTORING_BOOKING_CHANGED = "workshop.mentoring.booking.changed.v1";
    public static final String REGISTRATION_CHANGED = "workshop.registration.changed.v1";
    public static final String STREAM_CHANGED = "workshop.stream.changed.v1";
    public static final String ANNOUNCEMENT_CREATED = "workshop.announcement.created.v1";
    public static final String CALL_CHANGED = "workshop.call.changed.v1";
    public static final String SUBMISSION_CHANGED = "workshop.submission.changed.v1";
    public static final String REVIEW_ASSIGNMENT_CHANGED = "workshop.review.assignment.changed.v1";

    private EventTypes() {
    }
}
