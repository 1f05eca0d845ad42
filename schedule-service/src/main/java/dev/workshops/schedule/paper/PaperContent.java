package dev.workshops.schedule.paper;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.SubmissionChanged;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A paper as the program shows it (its camera-ready's title, abstract and authors when sent, else the
 * submission's), decoded from {@link Paper}.
 */
public record PaperContent(UUID id, String workshopId, SubmissionChanged.Status status,
        SubmissionChanged.Outcome outcome, String format, String title, String abstractText,
        List<SubmissionChanged.Author> authors, String presenterEmail, SubmissionChanged.Attendance attendance,
        String pdfUrl) {

    public boolean isInProgram() {
        return status != SubmissionChanged.Status.WITHDRAWN && outcome != null && outcome.accepted();
    }

    /** The author who presents: the camera-ready's presenter, else the submission's. */
    public Optional<SubmissionChanged.Author> presenter() {
        return authors.stream()
                .filter(a -> presenterEmail != null ? a.email().equalsIgnoreCase(presenterEmail) : a.presenter())
                .findFirst();
    }

    /** Lower-case, as registrations are matched. */
    public Optional<String> presenterKey() {
        return presenter().map(p -> p.email().toLowerCase(Locale.ROOT));
    }

    /** As a session presents it: public authors (no emails) and the final PDF of an archival paper. */
    public SessionSnapshot.Paper presented(Integer board) {
        return new SessionSnapshot.Paper(id, board, title,
                authors.stream().map(a -> new SessionSnapshot.PaperAuthor(a.name(), a.affiliation())).toList(), pdfUrl);
    }
}
