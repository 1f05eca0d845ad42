package dev.workshops.schedule.paper;

import static dev.workshops.events.RegistrationChanged.Mode.IN_PERSON;
import static dev.workshops.events.RegistrationChanged.Mode.VIRTUAL;
import static dev.workshops.events.RegistrationChanged.Status.CANCELLED;
import static dev.workshops.events.RegistrationChanged.Status.CONFIRMED;
import static dev.workshops.events.RegistrationChanged.Status.OFFERED;
import static dev.workshops.events.RegistrationChanged.Status.WAITLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.SubmissionChanged.Attendance;
import org.junit.jupiter.api.Test;

class PresenterStandingTest {

    @Test
    void presentingInPersonNeedsAConfirmedSeat() {
        assertEquals(PresenterStanding.MATCHES, PresenterStanding.of(Attendance.IN_PERSON, CONFIRMED, IN_PERSON, true));
        assertEquals(PresenterStanding.NO_SEAT, PresenterStanding.of(Attendance.IN_PERSON, WAITLISTED, IN_PERSON, true));
        assertEquals(PresenterStanding.NO_SEAT, PresenterStanding.of(Attendance.IN_PERSON, OFFERED, IN_PERSON, true));
        assertEquals(PresenterStanding.REGISTERED_VIRTUALLY, PresenterStanding.of(Attendance.IN_PERSON, CONFIRMED, VIRTUAL, true));
        assertTrue(PresenterStanding.NO_SEAT.flagged());
    }

    @Test
    void presentingOnlineNeedsTheStream() {
        assertEquals(PresenterStanding.MATCHES, PresenterStanding.of(Attendance.VIRTUAL, CONFIRMED, VIRTUAL, true));
        assertEquals(PresenterStanding.MATCHES, PresenterStanding.of(Attendance.VIRTUAL, WAITLISTED, IN_PERSON, true));
        assertEquals(PresenterStanding.NO_STREAM_ACCESS, PresenterStanding.of(Attendance.VIRTUAL, WAITLISTED, IN_PERSON, false));
    }

    @Test
    void noRegistrationIsFlaggedAndNoDeclarationIsNot() {
        assertEquals(PresenterStanding.NOT_REGISTERED, PresenterStanding.of(Attendance.IN_PERSON, null, null, false));
        assertEquals(PresenterStanding.NOT_REGISTERED, PresenterStanding.of(null, CANCELLED, IN_PERSON, false));
        assertTrue(PresenterStanding.NOT_REGISTERED.flagged());
        assertEquals(PresenterStanding.NOT_DECLARED, PresenterStanding.of(null, WAITLISTED, IN_PERSON, true));
        assertFalse(PresenterStanding.NOT_DECLARED.flagged());
    }
}
