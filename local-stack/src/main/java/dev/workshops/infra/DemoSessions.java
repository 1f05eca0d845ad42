package dev.workshops.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo workshop's programme: two days in the workshop's zone, named after the people of its site. */
final class DemoSessions {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Session(String title, String kind, OffsetDateTime startsAt, OffsetDateTime endsAt, String room,
            List<Map<String, String>> speakers, String abstractText) {
    }

    private DemoSessions() {
    }

    static List<Session> of(LocalDate firstDay, ZoneId zone) {
        LocalDate second = firstDay.plusDays(1);
        return List.of(
                at(firstDay, zone, "09:00", "09:15", "Opening remarks", "OPENING", "Hall A", List.of(speaker("Olivia Organizer", "Workshop platform demo")), null),
                at(firstDay, zone, "09:15", "10:15", "Keynote: Do multimodal models reason about science?", "KEYNOTE", "Hall A",
                        List.of(speaker("Amara Okafor", "University of Lagos")), "What micrographs, spectra and plots tell us about what a model understands."),
                at(firstDay, zone, "10:15", "10:45", "Coffee break", "BREAK", "Foyer", List.of(), null),
                at(firstDay, zone, "10:45", "11:30", "Evaluating models on scientific figures", "TALK", "Hall A",
                        List.of(speaker("Mei Tanaka", "RIKEN")), "Questions only a figure can answer, and how models fail them."),
                at(firstDay, zone, "11:30", "12:15", "Uncertainty for models that propose experiments", "TALK", "Hall A",
                        List.of(speaker("Priya Raman", "IISc Bangalore")), null),
                at(firstDay, zone, "12:15", "13:30", "Lunch", "BREAK", "Foyer", List.of(), null),
                at(firstDay, zone, "13:30", "14:30", "Panel: Should a model be a co-author?", "PANEL", "Hall A",
                        List.of(speaker("Sofía Herrera", "Universidad de Chile"), speaker("Daniel Weiss", "Open Models Foundation"),
                                speaker("Priya Raman", "IISc Bangalore")), "Credit, verification and responsibility when models take part in discovery."),
                at(firstDay, zone, "14:30", "16:00", "Poster session", "POSTER", "Foyer", List.of(), "All accepted papers, with their authors."),
                at(second, zone, "09:30", "10:30", "Keynote: Reasoning or recall?", "KEYNOTE", "Hall A",
                        List.of(speaker("Lukas Brandt", "TU Wien")), "Telling the two apart when a model has read most of the literature."),
                at(second, zone, "10:30", "11:00", "Coffee break", "BREAK", "Foyer", List.of(), null),
                at(second, zone, "11:00", "12:00", "Mentoring block", "MENTORING_BLOCK", "Room 2", List.of(), "Book a slot on the Mentoring page."),
                at(second, zone, "12:00", "12:15", "Closing", "CLOSING", "Hall A", List.of(speaker("Jonas Keller", "University of Vienna")), null));
    }

    static String json(Session session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", session.title());
        body.put("kind", session.kind());
        body.put("startsAt", session.startsAt().toString());
        body.put("endsAt", session.endsAt().toString());
        body.put("room", session.room());
        body.put("speakers", session.speakers());
        if (session.abstractText() != null) {
            body.put("abstract", session.abstractText());
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session at(LocalDate day, ZoneId zone, String from, String to, String title, String kind, String room,
            List<Map<String, String>> speakers, String abstractText) {
        return new Session(title, kind, day.atTime(LocalTime.parse(from)).atZone(zone).toOffsetDateTime(),
                day.atTime(LocalTime.parse(to)).atZone(zone).toOffsetDateTime(), room, speakers, abstractText);
    }

    private static Map<String, String> speaker(String name, String affiliation) {
        return Map.of("name", name, "affiliation", affiliation);
    }
}
