package dev.workshops.submissions.cameraready;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.submission.SubmissionView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A paper's camera-ready as its authors and the chairs read it; {@code pdf} is its final PDF's latest version, none
 * before one was uploaded; {@code deadlineAt} is when corrections close (none when the call sets no deadline).
 */
public record CameraReadyView(UUID submissionId, String title, @JsonProperty("abstract") String abstractText,
        List<SubmissionChanged.Author> authors, Presenter presenter, String license, boolean archival,
        SubmissionView.Pdf pdf, String pdfUrl, Instant deadlineAt, Instant sentAt, Instant updatedAt) {

    public record Presenter(String email, SubmissionChanged.Attendance attendance) {
    }
}
