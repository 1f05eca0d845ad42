package dev.workshops.notification.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what one claimed attempt of a delivery came to, in its own transaction after the SMTP exchange (never
 * the one that claimed it, never one held open across the exchange).
 */
@ApplicationScoped
public class DeliveryOutcomes {

    /** What the row says after the attempt: SENT, PENDING again until {@code nextAttemptAt}, or FAILED. */
    public record Outcome(String status, String lastError, Instant sentAt, Instant nextAttemptAt) {
    }

    /**
     * Writes {@code outcome} on the delivery if it is still SENDING under the claim of attempt {@code attempt}
     * (each claim counts one more attempt, so the count names the claim); false when it is not: recorded already
     * (a commit whose answer was lost, tried again) or claimed again after the lease.
     */
    public Uni<Boolean> record(UUID delivery, int attempt, Outcome outcome) {
        return Panache.withTransaction(() -> Delivery.update(
                        "status = ?1, lastError = ?2, sentAt = ?3, nextAttemptAt = ?4, claimedAt = null "
                                + "where id = ?5 and status = ?6 and attempts = ?7",
                        outcome.status(), outcome.lastError(), outcome.sentAt(), outcome.nextAttemptAt(), delivery,
                        DeliverySender.SENDING, attempt))
                .map(updated -> updated == 1);
    }
}
