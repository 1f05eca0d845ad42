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
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, {@code senders} side by side, in three steps of which none holds a transaction across the
 * SMTP exchange:
 * <ol>
 * <li>the claim, in its own short transaction: the most overdue PENDING row, taken with {@code FOR UPDATE SKIP
 * LOCKED}, becomes SENDING with the claim's time and one more attempt, committed. No other sender or replica takes
 * it while the claim holds, and a database restart after the exchange cannot make it PENDING again;</li>
 * <li>the SMTP exchange, outside any transaction;</li>
 * <li>the outcome, in its own transaction: SENT; or, after a failure, PENDING again after {@code first-retry},
 * doubling each time, and FAILED with its last error after {@code max-attempts}. While the database is away,
 * recording it is retried with backoff for up to {@code outcome-retry-for}: the mail went out, and an outcome
 * forgotten would send it again.</li>
 * </ol>
 * A claim that never got its outcome (the process died between claim and outcome) is PENDING again once older than
 * {@code claim-lease}, which is longer than a live sender can take to send and record, so a claim that can still
 * finish is never taken over. A claim left unfinished on the last attempt is FAILED instead.
 */
@ApplicationScoped
@Startup
public class DeliverySender {

    public static final String PENDING = "PENDING";
    /** Claimed by a sender for its SMTP exchange; the delivery log shows it as PENDING (not sent yet). */
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /** A database restart takes seconds: the first retries come soon, later ones no more than this far apart. */
    private static final Duration FIRST_OUTCOME_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_OUTCOME_RETRY = Duration.ofSeconds(15);

    private final ReactiveMailer mailer;
    private final DeliveryOutcomes outcomes;
    private final MeterRegistry registry;
    private final Timer latency;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration sendTimeout;
    private final Duration claimLease;
    private final Duration outcomeRetryFor;
    private final int senders;
    private final Vertx vertx;
    private final Clock clock;

    public DeliverySender(ReactiveMailer mailer, DeliveryOutcomes outcomes, MeterRegistry registry, Vertx vertx, Clock clock,
            @ConfigProperty(name = "workshop.notification.delivery.senders") int senders,
            @ConfigProperty(name = "workshop.notification.delivery.max-attempts") int maxAttempts,
            @ConfigProperty(name = "workshop.notification.delivery.first-retry") Duration firstRetry,
            @ConfigProperty(name = "workshop.notification.delivery.send-timeout") Duration sendTimeout,
            @ConfigProperty(name = "workshop.notification.delivery.claim-lease") Duration claimLease,
            @ConfigProperty(name = "workshop.notification.delivery.outcome-retry-for") Duration outcomeRetryFor) {
        if (claimLease.compareTo(sendTimeout.plus(outcomeRetryFor).plus(LONGEST_OUTCOME_RETRY)) <= 0) {
            throw new IllegalArgumentException("workshop.notification.delivery.claim-lease (" + claimLease
                    + ") must be longer than send-timeout plus outcome-retry-for (" + sendTimeout + " + " + outcomeRetryFor
                    + " and a last retry's wait), or a claim still sending could be taken over and its mail sent twice");
        }
        this.mailer = mailer;
        this.outcomes = outcomes;
        this.registry = registry;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.sendTimeout = sendTimeout;
        this.claimLease = claimLease;
        this.outcomeRetryFor = outcomeRetryFor;
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
        return onItsOwnContext(onContext -> expireClaims())
                .flatMap(expired -> Uni.join().all(loops).andCollectFailures().replaceWithVoid())
                .onFailure().invoke(e -> LOG.warnf(e, "sending deliveries failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** A loop, not a recursion: one sweep may send thousands, and a recursive chain grows with each one. */
    private Uni<Void> sendWhileDue(Executor onContext) {
        return Multi.createBy().repeating().uni(() -> sendOne(onContext)).whilst(sent -> sent).collect().last().replaceWithVoid();
    }

    /**
     * Runs {@code work} on a new duplicated Vert.x context, flagged safe, and hands it that context: a Hibernate
     * Reactive session belongs to one context, so senders that share one would share, and break, one session; and
     * whatever continues on another thread (a timeout, a retry's wait) must come back to it to use the database.
     */
    private Uni<Void> onItsOwnContext(Function<Executor, Uni<Void>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Executor onContext = task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().deferred(() -> work.apply(onContext)).runSubscriptionOn(onContext);
    }

    /** Claims the most overdue delivery, if any, sends it and records the outcome; true if there was one. */
    private Uni<Boolean> sendOne(Executor onContext) {
        return Uni.createFrom().deferred(this::claim).runSubscriptionOn(onContext)
                .flatMap(claimed -> claimed == null ? Uni.createFrom().item(false) : attempt(claimed, onContext).replaceWith(true));
    }

    /** The most overdue PENDING delivery made SENDING under a new claim and committed, or null when none is due. */
    private Uni<Delivery> claim() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                        + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", Delivery.class)
                .setParameter(1, now)
                .getResultList())
                .map((List<Delivery> due) -> {
                    if (due.isEmpty()) {
                        return null;
                    }
                    Delivery delivery = due.getFirst();
                    delivery.status = SENDING;
                    delivery.claimedAt = now;
                    delivery.attempts += 1;
                    return delivery;
                }));
    }

    /** The SMTP exchange of a claimed delivery, outside any transaction, then its outcome recorded. */
    private Uni<Void> attempt(Delivery claimed, Executor onContext) {
        // Deferred: the mailer refuses a malformed address by throwing, and that must count as this delivery's
        // failure, not stop the sweep (the row would stay first in line and block every delivery behind it).
        return Uni.createFrom().deferred(() -> mailer.send(mailOf(claimed)))
                // An SMTP exchange that never ends must not hold this claim, and the sender, for ever.
                .ifNoItem().after(sendTimeout).failWith(() -> new IllegalStateException("the SMTP server did not answer within " + sendTimeout))
                .map(accepted -> sent(claimed))
                .onFailure().recoverWithItem(error -> notSent(claimed, error))
                .flatMap(outcome -> recorded(claimed, outcome, onContext));
    }

    private DeliveryOutcomes.Outcome sent(Delivery delivery) {
        Instant now = clock.instant();
        count(delivery, SENT);
        if (delivery.factAt != null) {
            latency.record(Duration.between(delivery.factAt, now));
        }
        return new DeliveryOutcomes.Outcome(SENT, null, now, null);
    }

    private DeliveryOutcomes.Outcome notSent(Delivery delivery, Throwable error) {
        String lastError = String.valueOf(error.getMessage());
        if (delivery.attempts >= maxAttempts) {
            count(delivery, FAILED);
            LOG.warnf("delivery %s to a recipient failed for good after %d attempts: %s", delivery.id, delivery.attempts, lastError);
            return new DeliveryOutcomes.Outcome(FAILED, lastError, null, null);
        }
        count(delivery, "RETRY");
        return new DeliveryOutcomes.Outcome(PENDING, lastError, null,
                clock.instant().plus(firstRetry.multipliedBy(1L << (delivery.attempts - 1))));
    }

    /**
     * Records {@code outcome} on the sender's own context, trying again with backoff while the database refuses it,
     * for up to {@code outcome-retry-for}; after that the claim stays SENDING and is taken again after the lease.
     */
    private Uni<Void> recorded(Delivery claimed, DeliveryOutcomes.Outcome outcome, Executor onContext) {
        return Uni.createFrom().deferred(() -> outcomes.record(claimed.id, claimed.attempts, outcome)).runSubscriptionOn(onContext)
                .onFailure().invoke(e -> LOG.warnf("recording delivery %s as %s failed (%s); trying again", claimed.id,
                        outcome.status(), e.getMessage()))
                .onFailure().retry().withBackOff(FIRST_OUTCOME_RETRY, LONGEST_OUTCOME_RETRY).expireIn(outcomeRetryFor.toMillis())
                .onFailure().invoke(e -> LOG.errorf(e, "gave up recording delivery %s as %s after %s; it stays SENDING and "
                        + "is tried again once its claim is older than %s", claimed.id, outcome.status(), outcomeRetryFor, claimLease))
                .invoke(held -> {
                    if (!held) {
                        LOG.warnf("delivery %s no longer holds the claim of attempt %d (recorded already, or claimed again "
                                + "after the lease); its outcome %s is not written", claimed.id, claimed.attempts, outcome.status());
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Claims older than the lease, whose sender stopped between claim and outcome, become PENDING again (still due:
     * {@code next_attempt_at} is kept), at the start of every sweep and so before anything is claimed; one on the
     * last attempt becomes FAILED instead, so a message that stops its sender each time is not tried for ever.
     */
    private Uni<Void> expireClaims() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM delivery WHERE status = 'SENDING' AND claimed_at <= ?1 FOR UPDATE SKIP LOCKED",
                        Delivery.class)
                .setParameter(1, now.minus(claimLease))
                .getResultList())
                .invoke((List<Delivery> expired) -> expired.forEach(delivery -> {
                    String unfinished = "no outcome of attempt " + delivery.attempts + " was recorded: its sender stopped "
                            + "during it (claimed at " + delivery.claimedAt + ")";
                    delivery.claimedAt = null;
                    delivery.lastError = unfinished;
                    if (delivery.attempts >= maxAttempts) {
                        delivery.status = FAILED;
                        delivery.nextAttemptAt = null;
                        count(delivery, FAILED);
                        LOG.warnf("delivery %s failed for good: %s", delivery.id, unfinished);
                    } else {
                        delivery.status = PENDING;
                        LOG.warnf("delivery %s is sent again: %s", delivery.id, unfinished);
                    }
                })))
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
