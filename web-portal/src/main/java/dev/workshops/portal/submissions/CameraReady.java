package dev.workshops.portal.submissions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An accepted paper's camera-ready as its authors read it from submissions-service. */
@TemplateData
public record CameraReady(UUID submissionId, String title, @JsonProperty("abstract") String abstractText,
        List<Submission.Author> authors, Presenter presenter, String license, boolean archival, Submission.Pdf pdf,
        Instant deadlineAt, Instant sentAt, Instant updatedAt) {

    @TemplateData
    public record Presenter(String email, String attendance) {
    }
}
