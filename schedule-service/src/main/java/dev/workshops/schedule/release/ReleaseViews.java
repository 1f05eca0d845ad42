package dev.workshops.schedule.release;

import dev.workshops.events.ScheduleChange;
import dev.workshops.schedule.session.SessionView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The schedule answers of api.md, with times rendered in one zone. */
public final class ReleaseViews {

    private ReleaseViews() {
    }

    /** A released schedule: {@code timezone} is the zone its times are rendered in. */
    public record Schedule(String workshopId, long version, Instant releasedAt, String timezone, List<SessionView> sessions) {
    }

    /** The answer to a release. */
    public record Released(long version, Instant releasedAt, List<Change> changes) {
    }

    /**
     * What releasing the draft now would publish: version {@code version}, after {@code latest} (0 before the first
     * release), with these changes; empty when the draft is as last released.
     */
    public record Preview(long latest, long version, String timezone, List<Change> changes) {
    }

    /** A change; {@code version} is the release that made it. */
    public record Change(long version, UUID sessionId, String type, SessionView before, SessionView after) {

        static Change of(long version, ScheduleChange change, ZoneId zone) {
            return new Change(version, change.sessionId(), change.type().name(),
                    change.before() == null ? null : SessionView.of(change.before(), zone),
                    change.after() == null ? null : SessionView.of(change.after(), zone));
        }
    }

    public record Changes(List<Change> changes) {
    }

    static List<Change> changesOf(long version, List<ScheduleChange> changes, ZoneId zone) {
        return changes.stream().map(change -> Change.of(version, change, zone)).toList();
    }
}
