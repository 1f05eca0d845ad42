package dev.workshops.notification.delivery;

import java.time.Instant;
import java.util.UUID;

public record DeliveryView(UUID id, UUID notificationId, String channel, String recipient, String status, int attempts,
        String lastError, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.notificationId, delivery.channel, delivery.recipient,
                delivery.status, delivery.attempts, delivery.lastError, delivery.sentAt);
    }
}
