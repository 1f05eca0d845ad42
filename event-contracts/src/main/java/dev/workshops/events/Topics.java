package dev.workshops.events;

import java.util.List;

/** Kafka topic names of events.md. State topics are compacted; each has a dead-letter twin. */
public final class Topics {

    public static final String WORKSHOPS = "workshops";
    public static final String SCHEDULE_RELEASES = "schedule-releases";
    public static final String STARS = "stars";
    public static final String MENTORING_BOOKINGS = "mentoring-bookings";
    public static final String REGISTRATIONS = "registrations";
    public static final String STREAMS = "streams";
    public static final String ANNOUNCEMENTS = "announcements";
    public static final String CALLS = "calls";
    public static final String SUBMISSIONS = "submissions";
    public static final String REVIEW_ASSIGNMENTS = "review-assignments";

    /** Every topic of the platform, in the order they are described. */
    public static final List<String> ALL =
            List.of(WORKSHOPS, SCHEDULE_RELEASES, STARS, MENTORING_BOOKINGS, REGISTRATIONS, STREAMS, ANNOUNCEMENTS, CALLS,
                    SUBMISSIONS, REVIEW_ASSIGNMENTS);

    /** Topics that carry the latest state of an aggregate per key: compaction keeps the newest snapshot. */
    public static final List<String> COMPACTED =
            List.of(WORKSHOPS, STARS, MENTORING_BOOKINGS, REGISTRATIONS, STREAMS, CALLS, SUBMISSIONS, REVIEW_ASSIGNMENTS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
