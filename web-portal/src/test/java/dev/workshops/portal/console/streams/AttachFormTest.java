package dev.workshops.portal.console.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.streams.StreamListing;
import dev.workshops.portal.workshops.Schedule;
import dev.workshops.portal.workshops.Session;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttachFormTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void theBackupAddressIsSentOnlyWhenTyped() {
        Map<String, Object> body = AttachForm.typed(UUID.randomUUID().toString(), "HLS", " https://cdn.example.org/live.m3u8 ", " ").body();

        assertEquals(Map.of("provider", "HLS", "playbackUrl", "https://cdn.example.org/live.m3u8"), body);
        assertEquals("https://backup.example.org/",
                AttachForm.typed("", "ZOOM", "https://zoom.example.org/j/1", "https://backup.example.org/").body().get("backupUrl"));
    }

    @Test
    void noSessionOrAnUnknownProviderIsRefusedBeforeAnyCall() {
        assertEquals("Choose the session the stream is for.",
                assertThrows(ServiceProblem.class, () -> AttachForm.typed("", "HLS", "https://x.example.org", null).sessionId()).sentence());
        assertEquals("Choose the stream's provider.",
                assertThrows(ServiceProblem.class, () -> AttachForm.typed(null, "VHS", "https://x.example.org", null).body()).sentence());
    }

    @Test
    void onlyReleasedStreamedSessionsThatAreNotCancelledCanTakeAStream() {
        UUID keynote = UUID.randomUUID();
        UUID talk = UUID.randomUUID();
        OffsetDateTime nine = OffsetDateTime.parse("2026-12-07T09:00:00+01:00");
        Schedule release = new Schedule("w", 1, Instant.EPOCH, "Europe/Vienna", List.of(
                session(keynote, "Opening keynote", nine, true, "SCHEDULED"),
                session(UUID.randomUUID(), "Coffee", nine.plusHours(1), false, "SCHEDULED"),
                session(UUID.randomUUID(), "Dropped talk", nine.plusHours(2), true, "CANCELLED"),
                session(talk, "Reasoning benchmarks", nine.plusHours(3), true, "SCHEDULED")));
        List<StreamListing> streams = List.of(new StreamListing(keynote, "Opening keynote", nine.toInstant(), nine.plusHours(1).toInstant(),
                "LIVE", nine.minusMinutes(15).toInstant(), 3L));

        List<SessionChoice> choices = SessionChoice.of(release, streams, VIENNA);

        assertEquals(List.of(keynote, talk), choices.stream().map(SessionChoice::id).toList());
        assertEquals("Mon 7 Dec, 09:00 CET · Opening keynote (Hall A)", choices.getFirst().label());
        assertTrue(choices.getFirst().hasStream());
        assertFalse(choices.getLast().hasStream());
        assertEquals(List.of(), SessionChoice.of(null, streams, VIENNA), "nothing released yet");
    }

    private static Session session(UUID id, String title, OffsetDateTime startsAt, boolean streamed, String status) {
        return new Session(id, "w", title, "TALK", startsAt, startsAt.plusMinutes(45), startsAt.toLocalDate(), "Hall A", List.of(), null,
                streamed, status, null);
    }
}
