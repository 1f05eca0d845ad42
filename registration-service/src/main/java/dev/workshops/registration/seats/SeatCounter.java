package dev.workshops.registration.seats;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** The seats of one mode of one workshop, for reading: it changes only through {@link SeatCounters}. */
@Entity
@Table(name = "seat_counter")
@IdClass(SeatCounter.Key.class)
@Immutable
public class SeatCounter extends PanacheEntityBase {

    public record Key(String workshopId, String mode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String workshopId;
    @Id
    public String mode;
    /** Null: unlimited. */
    public Integer capacity;
    /** CONFIRMED plus OFFERED. */
    public int taken;
    public long waitlistTail;
}
