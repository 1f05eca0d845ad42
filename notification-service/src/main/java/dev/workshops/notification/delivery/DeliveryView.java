package dev.workshops.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the delivery log; {@code status} is PENDING, SENT or FAILED (see {@link #shown}). */
public record DeliveryView(UUID id, UUID notificationId, String channel, String recipient, String status, int attempts,
        String lastError, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id, delivery.notificationId, delivery.channel, delivery.recipient,
                shown(delivery.status), delivery.attempts, delivery.lastError, delivery.sentAt);
    }

    /**
     * The status the log shows: PENDING, SENT or FAILED. A claim (SENDING) is the sender's lock for the time of one
     * SMTP exchange, not something an organizer acts on, and until its outcome is recorded the email is not known
     * to be sent: it shows as PENDING.
     */
    static String shown(String stored) {
        return DeliverySender.SENDING.equals(stored) ? DeliverySender.PENDING : stored;
    }

    /** The stored statuses the log's {@code status} filter finds: a PENDING filter finds those being sent too. */
    static List<String> storedAs(String shown) {
        return DeliverySender.PENDING.equals(shown) ? List.of(DeliverySender.PENDING, DeliverySender.SENDING) : List.of(shown);
    }
}
