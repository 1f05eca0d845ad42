package dev.workshops.portal.console.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.portal.services.ServiceProblem;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotFormTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void aSlotsTimesAreReadInTheWorkshopsZoneAndBlankOptionalFieldsAreLeftOut() {
        SlotForm form = SlotForm.typed("2030-12-07T14:00", "2030-12-07T14:30", " Careers in research ", "3", "ONLINE",
                " https://meet.example.org/mike ", " ", "ATTENDEES");

        Map<String, Object> body = form.body(VIENNA);

        assertEquals("2030-12-07T14:00+01:00", body.get("startsAt"));
        assertEquals("2030-12-07T14:30+01:00", body.get("endsAt"));
        assertEquals("Careers in research", body.get("topic"));
        assertEquals(3, body.get("capacity"));
        assertEquals("https://meet.example.org/mike", body.get("meetingUrl"));
        assertFalse(body.containsKey("location"));
        assertFalse(SlotForm.typed("2030-12-07T14:00", "2030-12-07T14:30", "T", " ", "IN_PERSON", "", "Room M", "")
                .body(VIENNA).containsKey("capacity"));
    }

    @Test
    void seatsThatAreNotANumberAndMissingTimesAreRefusedBeforeAnyCall() {
        ServiceProblem seats = assertThrows(ServiceProblem.class,
                () -> SlotForm.typed("2030-12-07T14:00", "2030-12-07T14:30", "T", "three", "ONLINE", "", "", "").body(VIENNA));
        assertEquals("Give the number of seats as a whole number.", seats.sentence());
        ServiceProblem time = assertThrows(ServiceProblem.class,
                () -> SlotForm.typed("", "2030-12-07T14:30", "T", "1", "ONLINE", "", "", "").body(VIENNA));
        assertEquals(400, time.status());
    }
}
