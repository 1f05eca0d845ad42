package dev.workshops.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventBodiesTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void scheduleReleaseSurvivesAJsonRoundTrip() throws Exception {
        SessionSnapshot keynote = new SessionSnapshot(UUID.randomUUID(), "open-science-2026", "Opening keynote",
                SessionSnapshot.Kind.KEYNOTE, Instant.parse("2026-12-07T14:00:00Z"), Instant.parse("2026-12-07T15:00:00Z"), "Hall A",
                List.of(new SessionSnapshot.Speaker("Ada Lovelace", "Analytical Engines", null)), "Why reasoning",
                true, SessionSnapshot.Status.SCHEDULED);
        ScheduleReleased released = new ScheduleReleased("open-science-2026", 2, Instant.parse("2026-11-22T10:00:00Z"),
                "America/Toronto", List.of(keynote), List.of(new ScheduleChange(keynote.id(), ScheduleChange.Type.ADDED, null, keynote)),
                null);

        String body = json.writeValueAsString(released);

        assertTrue(body.contains("\"abstract\":\"Why reasoning\""), body);
        assertTrue(body.contains("\"releasedAt\":\"2026-11-22T10:00:00Z\""), body);
        assertEquals(released, json.readValue(body, ScheduleReleased.class));
    }

    @Test
    void registrationKeyKeepsOnePersonsFactsOnOnePartition() {
        assertEquals("open-science-2026/9b1c", RegistrationChanged.keyOf("open-science-2026", "9b1c"));
    }

    @Test
    void everyCompactedTopicIsAKnownTopic() {
        assertTrue(Topics.ALL.containsAll(Topics.COMPACTED));
        assertEquals("registrations.dlq", Topics.deadLetterOf(Topics.REGISTRATIONS));
    }
}
