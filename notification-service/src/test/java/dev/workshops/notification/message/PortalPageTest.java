package dev.workshops.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Links into the portal and the workshop's dates as emails write them: plain rules, no servers. */
class PortalPageTest {

    private static final URI PORTAL = URI.create("https://portal.example.org");

    @Test
    void aPageIsBuiltOnTheConfiguredPortalWithEachValueEncoded() {
        assertEquals("https://portal.example.org/workshops/ws%2F1%20x/registration",
                PortalPage.registration("ws/1 x").on(PORTAL, ZoneId.of("Asia/Tokyo")).toString());
        UUID submission = UUID.fromString("6f1c2a4e-0d3b-4c1e-9a57-2b8f0c9d1e11");
        assertEquals("https://portal.example.org/workshops/ws-1/submissions/" + submission + "/camera-ready",
                PortalPage.cameraReady("ws-1", submission).on(PORTAL, null).toString());
        assertEquals("https://portal.example.org/notifications#preferences", PortalPage.preferences().on(PORTAL, null).toString());
    }

    @Test
    void aScheduleOpensInTheReadersOwnZoneWhenTheyHaveOne() {
        assertEquals("https://portal.example.org/workshops/ws-1?tz=America%2FNew_York#schedule",
                PortalPage.schedule("ws-1").on(PORTAL, ZoneId.of("America/New_York")).toString());
        assertEquals("https://portal.example.org/workshops/ws-1#schedule", PortalPage.schedule("ws-1").on(PORTAL, null).toString());
    }

    @Test
    void aSpanNamesItsZoneAndWritesOneDayOnce() {
        Instant start = Instant.parse("2026-12-08T08:00:00Z");
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        assertEquals("Tue 8 Dec 2026, 09:00–17:00 (Europe/Vienna)", Messages.span(start, start.plusSeconds(8 * 3600), vienna));
        assertEquals("Tue 8 Dec 2026, 09:00 – Thu 10 Dec 2026, 17:00 (Europe/Vienna)",
                Messages.span(start, Instant.parse("2026-12-10T16:00:00Z"), vienna));
        // The same moments seen from New York, six hours earlier.
        assertEquals("Tue 8 Dec 2026, 03:00 – Thu 10 Dec 2026, 11:00 (America/New_York)",
                Messages.span(start, Instant.parse("2026-12-10T16:00:00Z"), ZoneId.of("America/New_York")));
    }
}
