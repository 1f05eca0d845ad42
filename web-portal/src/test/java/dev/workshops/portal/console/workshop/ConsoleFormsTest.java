package dev.workshops.portal.console.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleFormsTest {

    @Test
    void aWorkshopsTimesAreReadInTheZoneChosenInTheSameForm() {
        WorkshopForm form = new WorkshopForm("sr-2030", " Scientific Reasoning ", "Asia/Tokyo", "Miraikan", "2030-12-07T09:00",
                "2030-12-08T18:00", " ");

        Map<String, Object> body = form.body();

        assertEquals("Scientific Reasoning", body.get("title"));
        assertEquals("2030-12-07T09:00+09:00", body.get("startsAt"));
        assertEquals("2030-12-08T18:00+09:00", body.get("endsAt"));
        assertFalse(body.containsKey("description"));
        ServiceProblem noZone = assertThrows(ServiceProblem.class,
                () -> new WorkshopForm("x-1", "T", "Mars/Olympus", "V", "2030-12-07T09:00", "2030-12-07T10:00", "").body());
        assertEquals(400, noZone.status());
    }

    @Test
    void anExistingWorkshopIsShownInItsOwnZone() {
        Workshop workshop = new Workshop("sr-2030", "SR", "Europe/Vienna", "TU Wien", Instant.parse("2030-12-07T08:00:00Z"),
                Instant.parse("2030-12-09T18:00:00Z"), null);

        WorkshopForm form = WorkshopForm.of(workshop);

        assertEquals("2030-12-07T09:00", form.startsAt());
        assertEquals("2030-12-09T19:00", form.endsAt());
        assertEquals("", form.description());
    }

    @Test
    void theSiteSendsFilledRowsOnlyAndOptionalFieldsOnlyWhenTyped() {
        SiteForm form = SiteForm.typed("## Scope", List.of("Ada Lovelace", ""), List.of("Analytical Engines", ""),
                List.of("KEYNOTE", "KEYNOTE"), List.of("Wrote the first program.", ""), List.of("", ""), List.of("https://ada.example", ""),
                List.of("Acme Labs", ""), List.of("GOLD", "GOLD"), List.of("https://acme.example", ""), List.of("", ""));

        Map<String, Object> body = form.body();

        assertEquals("## Scope", body.get("overview"));
        assertEquals(List.of(Map.of("name", "Ada Lovelace", "affiliation", "Analytical Engines", "role", "KEYNOTE",
                "bio", "Wrote the first program.", "homepage", "https://ada.example")), body.get("people"));
        assertEquals(List.of(Map.of("name", "Acme Labs", "tier", "GOLD", "url", "https://acme.example")), body.get("sponsors"));
        SiteForm shown = form.withSpareRows();
        assertEquals(1 + SiteForm.SPARE_ROWS, shown.people().size());
        assertEquals("Ada Lovelace", shown.people().getFirst().name());
    }
}
