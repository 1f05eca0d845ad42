package dev.workshops.notification.delivery;

import dev.workshops.support.calendar.CalendarWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due PENDING deliveries, {@code senders} side by side, each delivery in its own transaction on a row taken
 * with {@code FOR UPDATE SKIP LOCKED}: senders and replicas share the work and never send one delivery twice. A failure is
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
    private final int senders;
    private final Vertx vertx;
    private final Clock clock;

    public DeliverySender(ReactiveMailer mailer, MeterRegistry registry, Vertx vertx, Clock clock,
            @ConfigProperty(name = "workshop.notification.delivery.senders") int senders,
            @ConfigProperty(name = "workshop.notification.delivery.max-attempts") int maxAttempts,
            @ConfigProperty(name = "workshop.notification.delivery.first-retry") Duration firstRetry,
            @ConfigProperty(name = "workshop.notification.delivery.send-timeout") Duration sendTimeout) {
        this.mailer = mailer;
        this.registry = registry;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.sendTimeout = sendTimeout;
        this.senders = senders;
        this.vertx = vertx;
        this.latency = Timer.builder("workshop.notification.latency")
                .description("From the fact to the email's acceptance by the SMTP server")
                .publishPercentileHistogram().register(registry);
        this.clock = clock;
    }

    @Scheduled(every = "${workshop.notification.delivery.sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        // One SMTP exchange at a time sent a 5,000-person release's notices at ~30/s; side by side they overlap.
        List<Uni<Void>> loops = IntStream.range(0, senders).mapToObj(sender -> onItsOwnContext(this::sendWhileDue)).toList();
        return Uni.join().all(loops).andCollectFailures().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "sending deliveries failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** A loop, not a recursion: one sweep may send thousands, and a recursive chain grows with each one. */
    private Uni<Void> sendWhileDue() {
        return Multi.createBy().repeating().uni(this::sendOne).whilst(sent -> sent).collect().last().replaceWithVoid();
    }

    /**
     * Runs {@code work} on a new duplicated Vert.x context, flagged safe: a Hibernate Reactive session belongs to
     * one context, so senders that share one would share, and break, one session.
     */
    private Uni<Void> onItsOwnContext(Supplier<Uni<? extends Void>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().deferred(work).runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Sends the most overdue delivery, if any; true if there was one. */
    Uni<Boolean> sendOne() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                        + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", Delivery.class)
                .setParameter(1, clock.instant())
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
                    delivery.sentAt = clock.instant();
                    delivery.nextAttemptAt = null;
                    delivery.lastError = null;
                    count(delivery, SENT);
                    if (delivery.factAt != null) {
                        latency.record(Duration.between(delivery.factAt, clock.instant()));
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
                        delivery.nextAttemptAt = clock.instant().plus(firstRetry.multipliedBy(1L << (delivery.attempts - 1)));
                        count(delivery, "RETRY");
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    /**
     * The email: its text and HTML as multipart/alternative; a bulk one with RFC 8058's one-click opt-out, which mail
     * providers show as "unsubscribe" and post to (the relay's DKIM signature must cover both headers for them to).
     */
    private static Mail mailOf(Delivery delivery) {
        Mail mail = Mail.withText(delivery.recipient, delivery.subject, delivery.bodyText).setHtml(delivery.bodyHtml);
        if (delivery.listUnsubscribe != null) {
            mail.addHeader("List-Unsubscribe", "<" + delivery.listUnsubscribe + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
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
