package dev.workshops.registration.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeatCounterTest {

    @Test
    void givesSeatsUntilFullThenNumbersTheWaitlistInOrder() {
        SeatCounter counter = counter(2);

        assertInstanceOf(SeatCounter.Admission.Seat.class, counter.admit());
        assertInstanceOf(SeatCounter.Admission.Seat.class, counter.admit());
        assertEquals(new SeatCounter.Admission.Waitlist(1), counter.admit());
        assertEquals(new SeatCounter.Admission.Waitlist(2), counter.admit());
        assertEquals(2, counter.taken);
    }

    @Test
    void anUnlimitedModeNeverWaitlists() {
        SeatCounter counter = counter(null);
        for (int i = 0; i < 10_000; i++) {
            assertInstanceOf(SeatCounter.Admission.Seat.class, counter.admit());
        }
    }

    @Test
    void aReleasedSeatCanBeTakenByPromotionOnce() {
        SeatCounter counter = counter(1);
        counter.admit();
        assertFalse(counter.hasFreeSeat());
        assertThrows(IllegalStateException.class, counter::takeForPromotion);

        counter.release();
        assertTrue(counter.hasFreeSeat());
        counter.takeForPromotion();
        assertFalse(counter.hasFreeSeat());
    }

    @Test
    void releasingWhatWasNeverTakenIsABug() {
        assertThrows(IllegalStateException.class, counter(3)::release);
    }

    private static SeatCounter counter(Integer capacity) {
        SeatCounter counter = new SeatCounter();
        counter.workshopId = "ws";
        counter.mode = "IN_PERSON";
        counter.capacity = capacity;
        return counter;
    }
}
