package dev.workshops.portal.submissions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submission as its authors read it from submissions-service. */
@TemplateData
public record Submission(UUID id, String workshopId, String title, @JsonProperty("abstract") String abstractText, String track,
        String format, List<String> keywords, List<Author> authors, String status, Pdf pdf, Instant deadlineAt,
        Instant submittedAt, Instant updatedAt, Decision decision) {

    public Submission {
        keywords = keywords == null ? List.of() : keywords;
        authors = authors == null ? List.of() : authors;
    }

    /** The chairs' decision, once released to the authors. */
    @TemplateData
    public record Decision(String outcome, Instant releasedAt) {

        public boolean accepted() {
            return "ACCEPT_ORAL".equals(outcome) || "ACCEPT_POSTER".equals(outcome);
        }

        public String words() {
            return switch (outcome) {
                case "ACCEPT_ORAL" -> "accepted as a talk";
                case "ACCEPT_POSTER" -> "accepted as a poster";
                case "REJECT" -> "not accepted";
                case "DESK_REJECT" -> "not accepted (desk reject)";
                default -> outcome;
            };
        }
    }

    /** Accepted by a released decision and not withdrawn: it takes a camera-ready. */
    public boolean takesCameraReady() {
        return decision != null && decision.releasedAt() != null && decision.accepted() && !withdrawn();
    }

    @TemplateData
    public record Author(String name, String email, String affiliation, boolean presenter) {
    }

    /** The PDF that counts: what the service counted on arrival; {@code formatWarnings} never refuse it. */
    @TemplateData
    public record Pdf(int version, int pages, int pagesBeforeReferences, long bytes, String sha256, List<String> formatWarnings,
            boolean lateWithinGrace) {

        public Pdf {
            formatWarnings = formatWarnings == null ? List.of() : formatWarnings;
        }

        /** "5 pages, 4 before the references". */
        public String pagesWords() {
            return pages + (pages == 1 ? " page" : " pages") + ", " + pagesBeforeReferences + " before the references";
        }

        public String sizeWords() {
            return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024))
                    : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }

    /** The status as a person reads it; the id (DRAFT, SUBMITTED, WITHDRAWN) stays on the page beside it. */
    public String statusWords() {
        return switch (status) {
            case "DRAFT" -> "a draft until its PDF is uploaded";
            case "SUBMITTED" -> "submitted";
            case "WITHDRAWN" -> "withdrawn";
            default -> status;
        };
    }

    public String authorNames() {
        return String.join(", ", authors.stream().map(Author::name).toList());
    }

    /** A page of the caller's submissions. */
    public record Page(List<Submission> items, long total) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
