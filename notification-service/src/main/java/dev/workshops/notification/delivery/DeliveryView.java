package dev.workshops.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** One delivery in the log: where it went, how it went, and which message it carried (kind, subject, when recorded). */
public record DeliveryView(UUID id, UUID notificationId, String channel, String recipient, String status, int attempts,
        String lastError, Instant sentAt, String workshopId, String kind, String subject, Instant createdAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.notificationId, delivery.channel, delivery.recipient,
                delivery.status, delivery.attempts, delivery.lastError, delivery.sentAt, delivery.workshopId, delivery.kind,
                delivery.subject, delivery.createdAt);
    }
}
