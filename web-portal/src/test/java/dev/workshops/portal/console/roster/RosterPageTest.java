package dev.workshops.portal.console.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterPageTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheServicesPageAndNumbersItsRows() throws Exception {
        RosterPage page = json.readValue("""
                {"items":[{"id":"r1","workshopId":"w","attendeeId":"a","email":"ada@example.org","name":"Ada","affiliation":null,
                  "mode":"IN_PERSON","status":"WAITLISTED","waitlistPosition":3,"offerExpiresAt":null,"streamAccess":true,
                  "ticketCode":null,"checkedInAt":null,"createdAt":"2026-11-01T08:00:00Z","updatedAt":"2026-11-01T08:00:00Z",
                  "version":0,"emailVerified":true}],
                 "page":1,"size":50,"total":51}
                """, RosterPage.class);

        assertEquals("Waitlisted, position 3", page.items().getFirst().statusWords());
        assertEquals("In person", page.items().getFirst().modeWords());
        assertEquals(51, page.first());
        assertEquals(51, page.last());
        assertTrue(page.hasPrevious());
        assertFalse(page.hasNext());
        assertEquals(0, page.previous());
    }

    @Test
    void theWaitlistIsSplitByModeInTheServicesOrder() {
        RosterPage waiting = new RosterPage(List.of(entry("Ada", "IN_PERSON", 1), entry("Grace", "IN_PERSON", 2),
                entry("Alan", "VIRTUAL", 1)), 0, 2, 5);

        RosterPages.Waitlist waitlist = RosterPages.Waitlist.of(waiting);

        assertEquals(List.of("Ada", "Grace"), waitlist.inPerson().stream().map(RosterEntry::name).toList());
        assertEquals(List.of("Alan"), waitlist.virtual().stream().map(RosterEntry::name).toList());
        assertTrue(waitlist.partial(), "5 wait, 3 are shown");
    }

    @Test
    void freePlacesAreWhatIsNeitherConfirmedNorOfferedAndNoneWhenUnlimited() {
        assertEquals(2L, new Counts.InPerson(10, 7, 1, 4, 3).free());
        assertEquals(0L, new Counts.InPerson(5, 5, 1, 0, 0).free(), "never below zero after a capacity was lowered");
        assertNull(new Counts.Virtual(null, 12, 0).free());
    }

    private static RosterEntry entry(String name, String mode, int position) {
        return new RosterEntry(name, name, name + "@example.org", null, mode, "WAITLISTED", position, null, true, null, Instant.EPOCH);
    }
}
