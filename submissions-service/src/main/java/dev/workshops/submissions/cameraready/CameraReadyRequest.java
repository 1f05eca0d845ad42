package dev.workshops.submissions.cameraready;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SubmissionChanged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/submissions/{sid}/camera-ready: the final title, abstract and authors, who presents and how, the
 * licence and whether the paper goes into the proceedings ({@code archival}).
 */
public record CameraReadyRequest(
        @NotBlank @Size(max = 300) String title,
        @JsonProperty("abstract") @NotBlank @Size(max = 10_000) String abstractText,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Author> authors,
        @Valid @NotNull Presenter presenter,
        @NotBlank @Size(max = 100) String license,
        @NotNull Boolean archival) {

    public record Author(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 300) String affiliation) {
    }

    /** {@code email} is one of {@code authors}'. */
    public record Presenter(@NotBlank @Email @Size(max = 320) String email, @NotNull SubmissionChanged.Attendance attendance) {
    }
}
