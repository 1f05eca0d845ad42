package dev.workshops.portal.notifications;

import java.time.Instant;
import java.util.UUID;

/** An in-app notice. */
public record Notification(UUID id, String workshopId, String kind, String subject, String body, Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
