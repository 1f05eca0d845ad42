package dev.workshops.portal.console.schedule;

import dev.workshops.portal.workshops.Session;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What releasing the draft now would publish, as schedule-service computes it without publishing: version
 * {@code version} after {@code latest} (0 before the first release), with these changes, times in {@code timezone}.
 */
public record ReleasePreview(long latest, long version, String timezone, List<Change> changes) {

    public ReleasePreview {
        changes = changes == null ? List.of() : changes;
    }

    /** ADDED, MOVED, UPDATED or CANCELLED; {@code before} is the session as last released (none when added). */
    @TemplateData
    public record Change(UUID sessionId, String type, Session before, Session after) {

        /** The session as it will read: after the change, else before it. */
        public Session session() {
            return after != null ? after : before;
        }

        public String words() {
            return switch (type) {
                case "ADDED" -> "New";
                case "MOVED" -> "Moved";
                case "UPDATED" -> "Updated";
                case "CANCELLED" -> "Cancelled";
                default -> type;
            };
        }

        /** For a move: whether the room changed (else only the time did). */
        public boolean roomChanged() {
            return before != null && after != null && !before.room().equals(after.room());
        }

        public boolean timeChanged() {
            return before != null && after != null
                    && (!before.startsAt().isEqual(after.startsAt()) || !before.endsAt().isEqual(after.endsAt()));
        }
    }

    /** The answer to a release. */
    public record Released(long version, Instant releasedAt, List<Change> changes) {

        public Released {
            changes = changes == null ? List.of() : changes;
        }
    }
}
