package dev.workshops.portal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.portal.workshops.Session;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonSettingsTest {

    @Test
    void sessionTimesKeepTheZoneTheServiceRenderedThemIn() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonSettings().customize(mapper);
        Session session = mapper.readValue("""
                {"title":"Keynote","startsAt":"2026-12-01T18:00:00+09:00","endsAt":"2026-12-01T18:45:00+09:00","streamed":true}
                """, Session.class);
        assertEquals(ZoneOffset.ofHours(9), session.startsAt().getOffset());
        assertEquals(18, session.startsAt().getHour());
    }
}
