package dev.workshops.registration.registration;

import dev.workshops.events.RegistrationChanged.Reason;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Ends offers whose time is up: the person moves to VIRTUAL and the seat passes on. Each expiry is its own
 * transaction on a row taken with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work and
 * never expire one offer twice.
 */
@ApplicationScoped
public class OfferExpiry {

    private static final Logger LOG = Logger.getLogger(OfferExpiry.class);

    private final RegistrationService registrations;
    private final Clock clock;

    public OfferExpiry(RegistrationService registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Scheduled(every = "${workshop.registration.offer-expiry-sweep:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return expireOne().flatMap(expired -> expired ? sweep() : Uni.createFrom().voidItem())
                .onFailure().invoke(e -> LOG.warnf(e, "expiring offers failed; the next sweep retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Boolean> expireOne() {
        return Panache.withTransaction(() -> dueOffer().flatMap(due -> due == null ? Uni.createFrom().item(false)
                : registrations.moveOfferToVirtual(due, Reason.OFFER_EXPIRED).replaceWith(true)));
    }

    /** The offer that expired first, locked; one another replica holds is skipped. */
    private Uni<Registration> dueOffer() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT * FROM registration WHERE status = 'OFFERED' AND offer_expires_at <= ?1 "
                        + "ORDER BY offer_expires_at LIMIT 1 FOR UPDATE SKIP LOCKED", Registration.class)
                .setParameter(1, Timestamps.now(clock))
                .getResultList())
                .map((List<Registration> due) -> due.isEmpty() ? null : due.getFirst());
    }
}
