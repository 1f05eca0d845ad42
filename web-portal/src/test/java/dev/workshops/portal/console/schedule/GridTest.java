package dev.workshops.portal.console.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.portal.workshops.Program;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GridTest {

    private static Program.DraftSession session(String title, String starts, String ends, String room, String status) {
        return new Program.DraftSession(UUID.randomUUID(), title, "TALK", OffsetDateTime.parse("2030-12-07T" + starts + "+01:00"),
                OffsetDateTime.parse("2030-12-07T" + ends + "+01:00"), room, List.of(), null, true, status, List.of());
    }

    @Test
    void aLongSessionSpansTheRowsOfShorterOnesInTheOtherRoom() {
        Program.DraftSession keynote = session("Keynote", "09:00", "11:00", "Hall A", "SCHEDULED");
        Program.DraftSession first = session("First talk", "09:00", "10:00", "Room 1", "SCHEDULED");
        Program.DraftSession second = session("Second talk", "10:00", "11:00", "Room 1", "SCHEDULED");

        Grid day = Grid.of(List.of(second, keynote, first)).getFirst();

        assertEquals(LocalDate.of(2030, 12, 7), day.day());
        assertEquals(List.of("Hall A", "Room 1"), day.rooms());
        assertEquals(2, day.rows().size());
        Grid.Row nine = day.rows().get(0);
        assertEquals("09:00", nine.from().toLocalTime().toString());
        assertEquals(keynote, nine.cells().get(0).session());
        assertEquals(2, nine.cells().get(0).rows());
        assertEquals(first, nine.cells().get(1).session());
        assertEquals(1, nine.cells().get(1).rows());
        Grid.Row ten = day.rows().get(1);
        assertTrue(ten.cells().get(0).covered(), "the keynote still runs: nothing is drawn in Hall A");
        assertFalse(ten.cells().get(0).free());
        assertEquals(second, ten.cells().get(1).session());
    }

    @Test
    void aGapIsAFreeCellAndCancelledSessionsAreLeftOut() {
        Program.DraftSession early = session("Early", "09:00", "10:00", "Hall A", "SCHEDULED");
        Program.DraftSession late = session("Late", "11:00", "12:00", "Hall A", "SCHEDULED");
        Program.DraftSession cancelled = session("Gone", "10:00", "11:00", "Room 9", "CANCELLED");

        Grid day = Grid.of(List.of(early, late, cancelled)).getFirst();

        assertEquals(List.of("Hall A"), day.rooms(), "a room only a cancelled session used has no column");
        assertEquals(3, day.rows().size());
        Grid.Cell gap = day.rows().get(1).cells().getFirst();
        assertTrue(gap.free());
        assertNull(gap.session());
        assertEquals(late, day.rows().get(2).cells().getFirst().session());
    }

    @Test
    void eachDayHasItsOwnGridInDateOrder() {
        Program.DraftSession monday = session("Monday", "09:00", "10:00", "Hall A", "SCHEDULED");
        Program.DraftSession tuesday = new Program.DraftSession(UUID.randomUUID(), "Tuesday", "TALK",
                OffsetDateTime.parse("2030-12-08T09:00+01:00"), OffsetDateTime.parse("2030-12-08T10:00+01:00"), "Room 2",
                List.of(), null, true, "SCHEDULED", List.of());

        List<Grid> days = Grid.of(List.of(tuesday, monday));

        assertEquals(List.of(LocalDate.of(2030, 12, 7), LocalDate.of(2030, 12, 8)), days.stream().map(Grid::day).toList());
        assertEquals(List.of("Room 2"), days.get(1).rooms());
        assertTrue(Grid.of(List.of(session("Gone", "09:00", "10:00", "Hall A", "CANCELLED"))).isEmpty());
    }
}
