package dev.workshops.portal.console.schedule;

import dev.workshops.portal.workshops.Program;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One day of the draft as a room × time table: a column per room (in the order the day first uses them), a row per
 * stretch of time between two consecutive starts or ends, and each scheduled session in its room's column over the
 * rows it covers. Rooms cannot hold two sessions at once (schedule-service refuses that), so a cell holds at most one.
 * A session belongs to the day it starts on, in the zone its times carry (the workshop's).
 */
@TemplateData
public record Grid(LocalDate day, List<String> rooms, List<Row> rows) {

    /** A stretch of time and what each room holds then, one cell per room. */
    @TemplateData
    public record Row(OffsetDateTime from, OffsetDateTime to, List<Cell> cells) {
    }

    /**
     * {@code session} starts in this row and spans {@code rows} rows; a cell with none is free, unless {@code
     * covered} (a session from a row above still runs: the table draws nothing there).
     */
    @TemplateData
    public record Cell(Program.DraftSession session, int rows, boolean covered) {

        public boolean free() {
            return session == null && !covered;
        }
    }

    /** The scheduled sessions of the draft, day by day (cancelled ones are left out). */
    public static List<Grid> of(List<Program.DraftSession> draft) {
        Map<LocalDate, List<Program.DraftSession>> byDay = new TreeMap<>();
        draft.stream().filter(Program.DraftSession::scheduled)
                .sorted((a, b) -> a.startsAt().toInstant().compareTo(b.startsAt().toInstant()))
                .forEach(s -> byDay.computeIfAbsent(s.startsAt().toLocalDate(), day -> new ArrayList<>()).add(s));
        List<Grid> grids = new ArrayList<>();
        byDay.forEach((day, sessions) -> grids.add(day(day, sessions)));
        return grids;
    }

    private static Grid day(LocalDate day, List<Program.DraftSession> sessions) {
        List<String> rooms = List.copyOf(new LinkedHashSet<>(sessions.stream().map(Program.DraftSession::room).toList()));
        TreeSet<Instant> bounds = new TreeSet<>();
        Map<Instant, OffsetDateTime> shown = new LinkedHashMap<>();
        for (Program.DraftSession s : sessions) {
            bounds.add(s.startsAt().toInstant());
            bounds.add(s.endsAt().toInstant());
            shown.putIfAbsent(s.startsAt().toInstant(), s.startsAt());
            shown.putIfAbsent(s.endsAt().toInstant(), s.endsAt());
        }
        List<Instant> times = List.copyOf(bounds);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i + 1 < times.size(); i++) {
            Instant from = times.get(i);
            Instant to = times.get(i + 1);
            List<Cell> cells = new ArrayList<>();
            for (String room : rooms) {
                cells.add(cell(sessions, room, from, to, times));
            }
            rows.add(new Row(shown.get(from), shown.get(to), cells));
        }
        return new Grid(day, rooms, rows);
    }

    private static Cell cell(List<Program.DraftSession> sessions, String room, Instant from, Instant to, List<Instant> times) {
        for (Program.DraftSession s : sessions) {
            Instant starts = s.startsAt().toInstant();
            Instant ends = s.endsAt().toInstant();
            if (!s.room().equals(room) || starts.isAfter(from) || ends.isBefore(to)) {
                continue;
            }
            if (starts.equals(from)) {
                return new Cell(s, times.indexOf(ends) - times.indexOf(starts), false);
            }
            return new Cell(null, 0, true);
        }
        return new Cell(null, 0, false);
    }
}
