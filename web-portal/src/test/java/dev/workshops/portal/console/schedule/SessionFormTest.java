package dev.workshops.portal.console.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.workshops.Program;
import dev.workshops.portal.workshops.Session;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionFormTest {

    private static final Workshop VIENNA = new Workshop("ws-test", "Reproducible Research", "Europe/Vienna", "TU Wien",
            Instant.parse("2030-12-07T08:00:00Z"), Instant.parse("2030-12-09T18:00:00Z"), null);

    @Test
    void timesTypedInTheWorkshopsZoneAreSentWithItsOffsetAndBlankSpeakerRowsAreDropped() {
        SessionForm form = SessionForm.typed(" Keynote ", "KEYNOTE", "2030-12-07T09:00", "2030-12-07T10:00", "Hall A ",
                List.of("Ada Lovelace", "", "Grace"), List.of("Analytical Engines", "", ""), List.of("", "", "u-42"), "", null,
                List.of(), List.of(), List.of());

        Map<String, Object> body = form.body(VIENNA);

        assertEquals("Keynote", body.get("title"));
        assertEquals("2030-12-07T09:00+01:00", body.get("startsAt"));
        assertEquals("2030-12-07T10:00+01:00", body.get("endsAt"));
        assertEquals("Hall A", body.get("room"));
        assertEquals(List.of(Map.of("name", "Ada Lovelace", "affiliation", "Analytical Engines"), Map.of("name", "Grace", "userId", "u-42")),
                body.get("speakers"));
        assertEquals(false, body.get("streamed"), "an unticked box is not sent by the browser");
        assertFalse(body.containsKey("abstract"));
        assertFalse(body.containsKey("papers"));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedWithSpareRows() {
        SessionForm form = SessionForm.typed("Clash", "TALK", "2030-12-07T09:30", "not a time", "Hall A", List.of("Ada", ""),
                List.of("", ""), List.of("", ""), "About it", "yes", List.of(), List.of(), List.of());

        ServiceProblem problem = assertThrows(ServiceProblem.class, () -> form.body(VIENNA));
        assertEquals("Give the session's end as a date and a time.", problem.sentence());
        SessionForm shown = form.withSpareRows();
        assertEquals("not a time", shown.endsAt());
        assertEquals("About it", shown.abstractText());
        assertEquals(List.of("Ada", "", ""), shown.speakers().stream().map(SessionForm.SpeakerRow::name).toList());
    }

    @Test
    void aSessionPresentingPapersKeepsThemWhenItIsMoved() {
        UUID paper = UUID.randomUUID();
        Program.DraftSession talk = new Program.DraftSession(UUID.randomUUID(), "Calibrated doubt", "TALK",
                OffsetDateTime.parse("2030-12-07T11:00+01:00"), OffsetDateTime.parse("2030-12-07T11:30+01:00"), "Room 2",
                List.of(new Program.Speaker("Grace", "Yale", "u-7")), null, true, "SCHEDULED",
                List.of(new Session.Paper(paper, null, "Calibrated doubt", List.of(), null)));

        SessionForm form = SessionForm.of(talk, VIENNA);
        assertEquals("2030-12-07T11:00", form.startsAt());
        SessionForm moved = SessionForm.typed(form.title(), form.kind(), "2030-12-08T11:00", "2030-12-08T11:30", "Room 3",
                List.of(), List.of(), List.of(), "", "yes", List.of(paper.toString()), List.of(""), List.of("Calibrated doubt"));

        Map<String, Object> body = moved.body(VIENNA);
        assertEquals(paper.toString(), body.get("paperId"));
        assertEquals("Room 3", body.get("room"));

        SessionForm poster = SessionForm.typed("Posters", "POSTER", "2030-12-08T14:00", "2030-12-08T15:00", "Foyer", List.of(),
                List.of(), List.of(), "", "yes", List.of(paper.toString()), List.of("12"), List.of("Calibrated doubt"));
        assertEquals(List.of(Map.of("paperId", paper.toString(), "board", 12)), poster.body(VIENNA).get("papers"));
    }
}
