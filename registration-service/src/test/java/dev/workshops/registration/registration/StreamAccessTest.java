package dev.workshops.registration.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StreamAccessTest {

    @Test
    void confirmedPeopleWatchWhateverTheirMode() {
        assertTrue(StreamAccess.of("IN_PERSON", "CONFIRMED", false));
        assertTrue(StreamAccess.of("VIRTUAL", "CONFIRMED", false));
    }

    @Test
    void peopleWaitingForASeatWatchMeanwhileUnlessThePolicyTurnsItOff() {
        assertTrue(StreamAccess.of("IN_PERSON", "WAITLISTED", true));
        assertTrue(StreamAccess.of("IN_PERSON", "OFFERED", true));
        assertFalse(StreamAccess.of("IN_PERSON", "WAITLISTED", false));
    }

    @Test
    void peopleWaitingForAVirtualPlaceOrCancelledDoNotWatch() {
        assertFalse(StreamAccess.of("VIRTUAL", "WAITLISTED", true));
        assertFalse(StreamAccess.of("IN_PERSON", "CANCELLED", true));
    }
}
