package dev.workshops.submissions.submission;

import dev.workshops.events.SubmissionChanged;
import java.util.Locale;

/** The chairs' list filters: {@code null} is no filter; {@code q} matches titles, abstracts, authors' names and emails. */
public record SubmissionFilter(SubmissionChanged.Status status, String track, String q) {

    public SubmissionFilter {
        track = track == null || track.isBlank() ? null : track.strip();
        q = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code q} as a LIKE pattern with {@code !} escaping its wildcards. */
    String likePattern() {
        return "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
