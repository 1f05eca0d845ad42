package dev.workshops.registration.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.registration.policy.RegistrationPolicy;
import dev.workshops.registration.ticket.TicketCodes;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final TicketCodes TICKETS = new TicketCodes("unit-test-only-ticket-key-of-32-characters");
    private static final Instant NOW = Instant.parse("2000-01-01T00:00:00Z");

    @Test
    void confirmedPeopleWatchWhateverTheirModeAndOnlyAnInPersonSeatHasATicket() {
        Registration inPerson = registration(Registration.IN_PERSON);
        inPerson.confirm(TICKETS);
        Registration virtual = registration(Registration.VIRTUAL);
        virtual.confirm(TICKETS);

        assertTrue(inPerson.streamAccess);
        assertEquals(inPerson.id, TICKETS.verify(inPerson.ticketCode).orElseThrow());
        assertTrue(inPerson.hasInPersonSeat());
        assertTrue(virtual.streamAccess);
        assertNull(virtual.ticketCode);
    }

    @Test
    void peopleWaitingForASeatWatchMeanwhileUnlessThePolicyTurnsItOff() {
        Registration watching = registration(Registration.IN_PERSON);
        watching.waitlist(3L, policy(true, 3600L));
        Registration offered = registration(Registration.IN_PERSON);
        offered.promote(policy(true, 3600L), TICKETS, NOW);
        Registration notWatching = registration(Registration.IN_PERSON);
        notWatching.waitlist(4L, policy(false, null));

        assertTrue(watching.streamAccess);
        assertEquals(3L, watching.waitlistNumber);
        assertTrue(offered.streamAccess);
        assertFalse(notWatching.streamAccess);
    }

    @Test
    void peopleWaitingForAVirtualPlaceOrCancelledDoNotWatch() {
        Registration virtual = registration(Registration.VIRTUAL);
        virtual.waitlist(1L, policy(true, null));
        Registration cancelled = registration(Registration.IN_PERSON);
        cancelled.confirm(TICKETS);
        cancelled.cancel();

        assertFalse(virtual.streamAccess);
        assertFalse(cancelled.streamAccess);
        assertNull(cancelled.ticketCode);
        assertFalse(cancelled.holdsSeat());
    }

    @Test
    void aPromotionIsAnOfferUntilTheTtlForAnInPersonSeatOnlyAndConfirmedWithoutATtl() {
        Registration inPerson = registration(Registration.IN_PERSON);
        inPerson.waitlist(1L, policy(true, 7200L));
        inPerson.promote(policy(true, 7200L), TICKETS, NOW);
        Registration virtual = registration(Registration.VIRTUAL);
        virtual.promote(policy(true, 7200L), TICKETS, NOW);
        Registration withoutTtl = registration(Registration.IN_PERSON);
        withoutTtl.promote(policy(true, null), TICKETS, NOW);

        assertTrue(inPerson.hasOpenOffer());
        assertEquals(NOW.plusSeconds(7200), inPerson.offerExpiresAt);
        assertNull(inPerson.waitlistNumber);
        assertEquals(Registration.CONFIRMED, virtual.status);
        assertEquals(Registration.CONFIRMED, withoutTtl.status);
        assertNull(withoutTtl.offerExpiresAt);
    }

    @Test
    void switchingModeDropsTheOfferAndTheNewModeGivesTheSeatOrPlace() {
        Registration registration = registration(Registration.IN_PERSON);
        registration.promote(policy(true, 7200L), TICKETS, NOW);

        registration.switchTo(Registration.VIRTUAL);
        registration.admit(null, TICKETS, policy(true, 7200L));

        assertEquals(Registration.VIRTUAL, registration.mode);
        assertEquals(Registration.CONFIRMED, registration.status);
        assertNull(registration.offerExpiresAt);
        assertNull(registration.ticketCode);
    }

    private static Registration registration(String mode) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.mode = mode;
        return registration;
    }

    private static RegistrationPolicy policy(boolean waitlistStreamAccess, Long offerTtlSeconds) {
        RegistrationPolicy policy = new RegistrationPolicy();
        policy.waitlistStreamAccess = waitlistStreamAccess;
        policy.offerTtlSeconds = offerTtlSeconds;
        return policy;
    }
}
