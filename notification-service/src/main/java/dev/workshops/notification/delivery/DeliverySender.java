package dev.workshops.notification.delivery;

import dev.workshops.support.calendar.CalendarWriter;
import dev.workshops.support.time.Timestamps;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due PENDING deliveries, one at a time, each in its own transaction on a row taken with
 * {@code FOR UPDATE SKIP LOCKED}: replicas share the work and never send one delivery twice. A failure is
 * retried after {@code first-retry}, doubling each time; after {@code max-attempts} the delivery is FAILED, with
 * its last error, in the delivery log.
 */
@ApplicationScoped
public class DeliverySender {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final ReactiveMailer mailer;
    private final MeterRegistry registry;
    private final Timer latency;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration sendTimeout;

    public DeliverySender(ReactiveMailer mailer, MeterRegistry registry,
            @ConfigProperty(name = "workshop.notification.delivery.max-attempts") int maxAttempts,
            @ConfigProperty(name = "workshop.notification.delivery.first-retry") Duration firstRetry,
            @ConfigProperty(name = "workshop.notification.delivery.send-timeout") Duration sendTimeout) {
        this.mailer = mailer;
        this.registry = registry;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.sendTimeout = sendTimeout;
        this.latency = Timer.builder("workshop.notification.latency")
                .description("From the fact to the email's acceptance by the SMTP server")
                .publishPercentileHistogram().register(registry);
    }

    @Scheduled(every = "${workshop.notification.delivery.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        // A loop, not a recursion: one sweep may send thousands, and a recursive chain grows with each one.
        return Multi.createBy().repeating().uni(this::sendOne).whilst(sent -> sent)
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "sending deliveries failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends the most overdue delivery, if any; true if there was one. */
    Uni<Boolean> sendOne() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                        + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", Delivery.class)
                .setParameter(1, Timestamps.now())
                .getResultList())
                .flatMap((List<Delivery> due) -> due.isEmpty() ? Uni.createFrom().item(false)
                        : send(due.getFirst()).replaceWith(true)));
    }

    private Uni<Void> send(Delivery delivery) {
        delivery.attempts += 1;
        // Deferred: the mailer refuses a malformed address by throwing, and that must count as this delivery's
        // failure, not stop the sweep (the row would stay first in line and block every delivery behind it).
        return Uni.createFrom().deferred(() -> mailer.send(mailOf(delivery)))
                // An SMTP exchange that never ends must not hold this row, and the sweep, for ever.
                .ifNoItem().after(sendTimeout).failWith(() -> new IllegalStateException("the SMTP server did not answer within " + sendTimeout))
                .invoke(() -> {
                    delivery.status = SENT;
                    delivery.sentAt = Timestamps.now();
                    delivery.nextAttemptAt = null;
                    delivery.lastError = null;
                    count(delivery, SENT);
                    if (delivery.factAt != null) {
                        latency.record(Duration.between(delivery.factAt, Instant.now()));
                    }
                })
                .onFailure().recoverWithItem(error -> {
                    delivery.lastError = String.valueOf(error.getMessage());
                    if (delivery.attempts >= maxAttempts) {
                        delivery.status = FAILED;
                        delivery.nextAttemptAt = null;
                        count(delivery, FAILED);
                        LOG.warnf("delivery %s to a recipient failed for good after %d attempts: %s", delivery.id,
                                delivery.attempts, delivery.lastError);
                    } else {
                        delivery.nextAttemptAt = Timestamps.now().plus(firstRetry.multipliedBy(1L << (delivery.attempts - 1)));
                        count(delivery, "RETRY");
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    private static Mail mailOf(Delivery delivery) {
        Mail mail = Mail.withText(delivery.recipient, delivery.subject, delivery.bodyText).setHtml(delivery.bodyHtml);
        if (delivery.attachmentIcs != null) {
            mail.addAttachment("calendar.ics", delivery.attachmentIcs.getBytes(StandardCharsets.UTF_8), CalendarWriter.MEDIA_TYPE);
        }
        return mail;
    }

    private void count(Delivery delivery, String outcome) {
        registry.counter("workshop.notifications", "channel", delivery.channel, "kind", String.valueOf(delivery.kind),
                "outcome", outcome).increment();
    }
}
