package dev.workshops.portal.console.schedule;

import static dev.workshops.portal.web.Forms.orEmpty;

import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Choice;
import dev.workshops.portal.web.LocalTimes;
import dev.workshops.portal.workshops.Program;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft session's form as the organizer typed it, kept as text so that a refused form (a room or a speaker
 * taken, a time outside the workshop) comes back exactly as typed. Times are a date and a time in the workshop's
 * zone. A session presenting accepted papers keeps them (hidden fields): editing its time or room does not take
 * them out.
 */
@TemplateData
public record SessionForm(String title, String kind, String startsAt, String endsAt, String room, List<SpeakerRow> speakers,
        String abstractText, boolean streamed, List<PaperRow> papers) {

    static final int SPARE_ROWS = 2;

    public static final List<Choice> KINDS = List.of(new Choice("KEYNOTE", "Keynote"), new Choice("TALK", "Talk"),
            new Choice("PANEL", "Panel"), new Choice("POSTER", "Poster session"), new Choice("BREAK", "Break"),
            new Choice("OPENING", "Opening"), new Choice("CLOSING", "Closing"), new Choice("MENTORING_BLOCK", "Mentoring block"));

    @TemplateData
    public record SpeakerRow(String name, String affiliation, String userId) {

        boolean blank() {
            return isBlank(name) && isBlank(affiliation);
        }
    }

    /** A paper the session presents: a talk's one (no board), a poster session's on its board. */
    @TemplateData
    public record PaperRow(String paperId, String board, String title) {
    }

    /** A new session: a streamed talk starting when the workshop does. */
    static SessionForm first(Workshop workshop) {
        String starts = LocalTimes.field(workshop.startsAt(), workshop.zone());
        return new SessionForm("", "TALK", starts, "", "", List.of(), "", true, List.of()).withSpareRows();
    }

    static SessionForm of(Program.DraftSession session, Workshop workshop) {
        return new SessionForm(session.title(), session.kind(), LocalTimes.field(session.startsAt(), workshop.zone()),
                LocalTimes.field(session.endsAt(), workshop.zone()), session.room(),
                session.speakersOrNone().stream().map(s -> new SpeakerRow(s.name(), orEmpty(s.affiliation()), s.userId())).toList(),
                orEmpty(session.abstractText()), session.streamed(),
                session.papersOrNone().stream().map(p -> new PaperRow(p.paperId().toString(),
                        p.board() == null ? "" : p.board().toString(), p.title())).toList())
                .withSpareRows();
    }

    /** The form's fields as sent; speakers and papers one list per column, row by row. */
    static SessionForm typed(String title, String kind, String startsAt, String endsAt, String room, List<String> speakerNames,
            List<String> speakerAffiliations, List<String> speakerUserIds, String abstractText, String streamed,
            List<String> paperIds, List<String> boards, List<String> paperTitles) {
        List<SpeakerRow> speakers = new ArrayList<>();
        for (int i = 0; i < size(speakerNames); i++) {
            speakers.add(new SpeakerRow(at(speakerNames, i), at(speakerAffiliations, i), at(speakerUserIds, i)));
        }
        List<PaperRow> papers = new ArrayList<>();
        for (int i = 0; i < size(paperIds); i++) {
            papers.add(new PaperRow(at(paperIds, i), at(boards, i), at(paperTitles, i)));
        }
        return new SessionForm(orEmpty(title), orEmpty(kind), orEmpty(startsAt), orEmpty(endsAt), orEmpty(room), speakers,
                orEmpty(abstractText), streamed != null, papers);
    }

    /** The filled speaker rows and two empty ones. */
    SessionForm withSpareRows() {
        List<SpeakerRow> rows = new ArrayList<>(speakers.stream().filter(s -> !s.blank()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new SpeakerRow("", "", ""));
        }
        return new SessionForm(title, kind, startsAt, endsAt, room, rows, abstractText, streamed, papers);
    }

    /** Whether the session presents accepted papers (its title and speakers then come from them). */
    public boolean presentsPapers() {
        return !papers.isEmpty();
    }

    /** The body of POST {@code /api/workshops/{id}/sessions} and PUT {@code /api/sessions/{sid}}. */
    Map<String, Object> body(Workshop workshop) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("kind", kind.strip());
        body.put("startsAt", LocalTimes.withOffset(startsAt, workshop.zone(), "session's start"));
        body.put("endsAt", LocalTimes.withOffset(endsAt, workshop.zone(), "session's end"));
        body.put("room", room.strip());
        List<Map<String, Object>> people = new ArrayList<>();
        for (SpeakerRow speaker : speakers) {
            if (speaker.blank()) {
                continue;
            }
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", speaker.name().strip());
            if (!isBlank(speaker.affiliation())) {
                person.put("affiliation", speaker.affiliation().strip());
            }
            if (!isBlank(speaker.userId())) {
                person.put("userId", speaker.userId().strip());
            }
            people.add(person);
        }
        body.put("speakers", people);
        if (!isBlank(abstractText)) {
            body.put("abstract", abstractText.strip());
        }
        body.put("streamed", streamed);
        if ("TALK".equals(kind) && papers.size() == 1 && isBlank(papers.getFirst().board())) {
            body.put("paperId", papers.getFirst().paperId());
        } else if (!papers.isEmpty()) {
            body.put("papers", papers.stream().map(p -> {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("paperId", p.paperId());
                if (!isBlank(p.board())) {
                    place.put("board", board(p.board()));
                }
                return place;
            }).toList());
        }
        return body;
    }

    private static Object board(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            // The service names the field that is not a number.
            return typed.strip();
        }
    }

    private static int size(List<String> column) {
        return column == null ? 0 : column.size();
    }

    private static String at(List<String> column, int i) {
        return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
