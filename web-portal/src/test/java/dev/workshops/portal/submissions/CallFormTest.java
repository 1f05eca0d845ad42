package dev.workshops.portal.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.portal.services.ServiceProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallFormTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private static CallForm typed(List<String> formatMegabytes, String opensAt) {
        return CallForm.typed("Papers on reasoning", List.of("", "", ""), List.of("Machine learning", "", ""),
                List.of("short", ""), List.of("Short paper", ""), List.of("4", ""), formatMegabytes, opensAt,
                new CallForm.DeadlineFields("2026-09-25", "23:59", "AoE"), "15",
                new CallForm.DeadlineFields("2026-10-20", "12:00", "Europe/Vienna"), new CallForm.DeadlineFields("", "", "AoE"),
                "DOUBLE", "3", "");
    }

    @Test
    void sendsFilledRowsOnlyWithIdsFromNamesAndMegabytesAsBytes() {
        Map<String, Object> body = typed(List.of("2.5", ""), "2026-06-01T09:00").body(VIENNA);
        assertEquals(List.of(Map.of("id", "machine-learning", "name", "Machine learning")), body.get("tracks"));
        @SuppressWarnings("unchecked")
        Map<String, Object> format = ((List<Map<String, Object>>) body.get("formats")).getFirst();
        assertEquals(List.of("short", "Short paper", 4, 2_621_440L), List.copyOf(format.values()));
        assertEquals(Map.of("date", "2026-09-25", "time", "23:59", "zone", "AoE"), body.get("deadline"));
        assertFalse(body.containsKey("cameraReadyDeadline"), "an empty optional deadline is not sent");
        assertFalse(body.containsKey("maxLoad"), "an empty number leaves the service's default");
    }

    @Test
    void opensAtIsReadInTheChairsZone() {
        assertEquals("2026-06-01T09:00+02:00", typed(List.of("1", ""), "2026-06-01T09:00").body(VIENNA).get("opensAt"));
    }

    @Test
    void aSizeThatIsNoNumberIsRefusedInWords() {
        ServiceProblem problem = assertThrows(ServiceProblem.class, () -> typed(List.of("two", ""), "2026-06-01T09:00").body(VIENNA));
        assertEquals("The size limit of \u201cShort paper\u201d must be a number of MB.", problem.sentence());
    }

    @Test
    void anExistingCallComesBackAsTypedWithSpareRows() {
        Call call = new Call("w", "d", List.of(new Call.Track("ml", "Machine learning")), List.of(new Call.Format("short", "Short", 4, 3 * CallForm.MEGABYTE)),
                Instant.parse("2026-06-01T07:00:00Z"), new Call.Deadline(LocalDate.of(2026, 9, 25), LocalTime.of(23, 59), "AoE"),
                Instant.parse("2026-09-26T11:59:00Z"), new Call.Deadline(LocalDate.of(2026, 10, 20), LocalTime.NOON, "UTC"),
                Instant.parse("2026-10-20T12:00:00Z"), null, null, "DOUBLE", 3, 4, 15, true, 1);
        CallForm form = CallForm.of(call, VIENNA);
        assertEquals("2026-06-01T09:00", form.opensAt());
        assertEquals(3, form.tracks().size(), "the track and two empty rows");
        assertEquals("3", form.formats().getFirst().maxMegabytes());
        assertEquals(new CallForm.DeadlineFields("2026-09-25", "23:59", "AoE"), form.deadline());
        assertEquals("15", form.graceMinutes());
    }

    @Test
    void deadlinesReadAnywhereOnEarthInUtcAndAsEntered() {
        Instant deadline = Instant.parse("2026-09-26T11:59:00Z");
        assertEquals("Fri 25 September 2026, 23:59 AoE", Deadlines.aoe(deadline));
        assertEquals("Sat 26 September 2026, 11:59 UTC", Deadlines.utc(deadline));
        assertEquals("23:59 AoE on Fri 25 September 2026", Deadlines.words(new Call.Deadline(LocalDate.of(2026, 9, 25), LocalTime.of(23, 59), "AoE")));
        assertEquals(List.of("AoE", "UTC"), Deadlines.ZONES.subList(0, 2));
    }
}
