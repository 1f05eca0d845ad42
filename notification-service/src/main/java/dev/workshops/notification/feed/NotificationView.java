package dev.workshops.notification.feed;

import java.time.Instant;
import java.util.UUID;

/** api.md's Notification. */
public record NotificationView(UUID id, String workshopId, String kind, String subject, String body, Instant createdAt,
        Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.workshopId, n.kind, n.subject, n.body, n.createdAt, n.readAt);
    }
}
