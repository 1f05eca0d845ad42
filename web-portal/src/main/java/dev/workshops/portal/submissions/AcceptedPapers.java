package dev.workshops.portal.submissions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.web.WebLinks;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** A workshop's accepted papers as submissions-service publishes them after release (no emails). */
public record AcceptedPapers(List<Paper> items, long total) {

    public AcceptedPapers {
        items = items == null ? List.of() : items;
    }

    /** Every accepted paper of a workshop, in one page (a workshop accepts tens, not thousands). */
    static String path(String workshopId) {
        return "/api/workshops/" + ServiceCalls.enc(workshopId) + "/papers?size=500";
    }

    @TemplateData
    public record Paper(UUID id, String title, @JsonProperty("abstract") String abstractText, String format, String outcome,
            List<Author> authors, boolean archival, String pdfUrl) {

        public String authorNames() {
            return authors == null ? "" : String.join(", ", authors.stream()
                    .map(a -> a.affiliation() == null || a.affiliation().isBlank() ? a.name() : a.name() + " (" + a.affiliation() + ")")
                    .toList());
        }

        public String formWords() {
            return "ACCEPT_ORAL".equals(outcome) ? "Talk" : "Poster";
        }

        /** Only an http(s) address becomes a link. */
        public String pdfLink() {
            return WebLinks.webOrNull(pdfUrl);
        }
    }

    @TemplateData
    public record Author(String name, String affiliation) {
    }

    /** Papers shown under one heading: the talks, the posters. */
    @TemplateData
    public record Group(String id, String heading, List<Paper> papers) {
    }

    /** Talks first, then posters; a heading without papers is left out. */
    public List<Group> groups() {
        return java.util.stream.Stream.of(
                        new Group("talks", "Talks", items.stream().filter(p -> "ACCEPT_ORAL".equals(p.outcome())).toList()),
                        new Group("posters", "Posters", items.stream().filter(p -> !"ACCEPT_ORAL".equals(p.outcome())).toList()))
                .filter(g -> !g.papers().isEmpty()).toList();
    }
}
