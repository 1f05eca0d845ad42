package dev.workshops.portal.workshops;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A released session, its times in the zone the schedule was asked in. */
public record Session(UUID id, String workshopId, String title, String kind, OffsetDateTime startsAt,
        OffsetDateTime endsAt, LocalDate day, String room, List<Speaker> speakers,
        @JsonProperty("abstract") String abstractText, boolean streamed, String status, List<Paper> papers) {

    public record Speaker(String name, String affiliation) {
    }

    /** An accepted paper the session presents: a talk's one, a poster session's on their boards. */
    public record Paper(UUID paperId, Integer board, String title, List<Speaker> authors, String pdfUrl) {

        public String authorNames() {
            return names(authors);
        }

        /** Only an http(s) address becomes a link. */
        public String pdfLink() {
            return dev.workshops.portal.web.WebLinks.webOrNull(pdfUrl);
        }
    }

    public List<Paper> papersOrNone() {
        return papers == null ? List.of() : papers;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public String speakerNames() {
        return names(speakers);
    }

    /** "Ada (TU Wien), Grace": names with their affiliation when known. */
    static String names(List<Speaker> people) {
        return people == null ? "" : String.join(", ", people.stream()
                .map(s -> s.affiliation() == null || s.affiliation().isBlank() ? s.name() : s.name() + " (" + s.affiliation() + ")").toList());
    }
}
