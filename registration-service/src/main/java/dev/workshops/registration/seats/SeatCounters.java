package dev.workshops.registration.seats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Loads seat counters with their row lock held until the transaction ends. */
@ApplicationScoped
public class SeatCounters {

    public Uni<SeatCounter> lock(String workshopId, String mode) {
        return SeatCounter.<SeatCounter>findById(new SeatCounter.Key(workshopId, mode), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates or updates the capacity of a mode; the caller holds the lock of an existing counter. */
    public Uni<SeatCounter> upsert(SeatCounter held, String workshopId, String mode, Integer capacity) {
        SeatCounter counter = held;
        if (counter == null) {
            counter = new SeatCounter();
            counter.workshopId = workshopId;
            counter.mode = mode;
        }
        counter.capacity = capacity;
        return counter.persist();
    }
}
