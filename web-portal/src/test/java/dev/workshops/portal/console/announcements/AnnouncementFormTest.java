package dev.workshops.portal.console.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnouncementFormTest {

    @Test
    void whatWasTypedGoesToTheServiceAsTypedAndTheAudienceDefaultsToEveryone() {
        AnnouncementForm form = AnnouncementForm.typed("Room change", "Hall A is now\nRoom 2.", null);

        assertEquals(Map.of("subject", "Room change", "body", "Hall A is now\nRoom 2.", "audience", "ALL"), form.request());
        assertEquals("Everyone registered (not cancelled)", form.audienceLabel());
    }

    @Test
    void anAudienceTheFormDoesNotListIsPassedOnForTheServiceToRefuse() {
        AnnouncementForm form = AnnouncementForm.typed(null, null, " EVERYONE ");

        assertEquals("EVERYONE", form.request().get("audience"));
        assertEquals("", form.subject());
        assertEquals("EVERYONE", form.audienceLabel());
    }

    @Test
    void theAudienceIsAskedForWithItsValueEncoded() {
        assertEquals("/api/workshops/sr-2030/announcements/audience?audience=VIRTUAL", AnnouncementPages.audiencePath("sr-2030", "VIRTUAL"));
        assertEquals("/api/workshops/sr-2030/announcements/audience?audience=A%26B%3D1", AnnouncementPages.audiencePath("sr-2030", "A&B=1"));
        assertEquals("1 person", AnnouncementPages.people(1));
        assertEquals("0 people", AnnouncementPages.people(0));
        assertEquals("12 people", AnnouncementPages.people(12));
    }
}
