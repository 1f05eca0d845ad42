package dev.workshops.registration.seats;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The seats of one mode of one workshop. Change it only while holding its row lock
 * ({@link SeatCounters#lock}): the lock is what makes "never oversold" and FIFO numbering hold.
 */
@Entity
@Table(name = "seat_counter")
@IdClass(SeatCounter.Key.class)
public class SeatCounter extends PanacheEntityBase {

    public record Key(String workshopId, String mode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /** What a request for a seat gets: a seat, or a place at the end of the waitlist. */
    public sealed interface Admission {
        record Seat() implements Admission {
        }

        record Waitlist(long number) implements Admission {
        }
    }

    @Id
    @Column(name = "workshop_id")
    public String workshopId;
    @Id
    public String mode;
    /** Null: unlimited. */
    public Integer capacity;
    /** CONFIRMED plus OFFERED. */
    public int taken;
    @Column(name = "waitlist_tail")
    public long waitlistTail;

    public boolean hasFreeSeat() {
        return capacity == null || taken < capacity;
    }

    public Admission admit() {
        if (hasFreeSeat()) {
            taken += 1;
            return new Admission.Seat();
        }
        waitlistTail += 1;
        return new Admission.Waitlist(waitlistTail);
    }

    /** A seat taken by a confirmed or offered registration is given back. */
    public void release() {
        if (taken == 0) {
            throw new IllegalStateException("no seat of " + workshopId + "/" + mode + " is taken");
        }
        taken -= 1;
    }

    /** The head of the waitlist takes a free seat. */
    public void takeForPromotion() {
        if (!hasFreeSeat()) {
            throw new IllegalStateException("no free seat of " + workshopId + "/" + mode);
        }
        taken += 1;
    }
}
