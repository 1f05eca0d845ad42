package dev.workshops.registration.seats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The seats of each mode of each workshop, changed in the transaction under way through the database's seat
 * functions (migration V4), the one place that says when a seat is free. A counter stays locked until the
 * transaction ends; lock counters in person first, then virtual, before any registration row.
 */
@ApplicationScoped
public class SeatCounters {

    /** Locks the counter; the seats taken, or null when the mode has no counter yet. */
    public Uni<Integer> lock(String workshopId, String mode) {
        return call("SELECT seat_lock(?1, ?2)", Integer.class, workshopId, mode);
    }

    /** A place for one more person: a seat (null), else the next number of the mode's waitlist. */
    public Uni<Long> admit(String workshopId, String mode) {
        return call("SELECT seat_admit(?1, ?2)", Long.class, workshopId, mode);
    }

    public Uni<Boolean> hasFreeSeat(String workshopId, String mode) {
        return call("SELECT seat_has_free(?1, ?2)", Boolean.class, workshopId, mode);
    }

    /** The head of the waitlist takes a free seat; the caller holds the lock and saw one free. */
    public Uni<Void> takeForPromotion(String workshopId, String mode) {
        return seatsTaken("SELECT seat_take_for_promotion(?1, ?2)", workshopId, mode, "no free seat");
    }

    /** A seat held by a confirmed or offered registration is given back. */
    public Uni<Void> release(String workshopId, String mode) {
        return seatsTaken("SELECT seat_release(?1, ?2)", workshopId, mode, "no seat counter");
    }

    private static Uni<Void> seatsTaken(String function, String workshopId, String mode, String whenNone) {
        return call(function, Integer.class, workshopId, mode).invoke(taken -> {
            if (taken == null) {
                throw new IllegalStateException(whenNone + " of " + workshopId + "/" + mode);
            }
        }).replaceWithVoid();
    }

    /** Creates the mode's counter or changes its capacity (null: unlimited); the caller holds its lock. */
    public Uni<Void> setCapacity(String workshopId, String mode, Integer capacity) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT seat_set_capacity(?1, ?2, CAST(?3 AS INTEGER))", Integer.class)
                .setParameter(1, workshopId).setParameter(2, mode).setParameter(3, capacity)
                .getSingleResult()).replaceWithVoid();
    }

    private static <T> Uni<T> call(String function, Class<T> result, String workshopId, String mode) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(function, result)
                .setParameter(1, workshopId).setParameter(2, mode)
                .getSingleResultOrNull());
    }
}
