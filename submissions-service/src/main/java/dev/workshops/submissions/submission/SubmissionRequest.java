package dev.workshops.submissions.submission;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.submissions.emaildomain.DeclaredConflict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of POST /api/workshops/{id}/submissions and PUT /api/submissions/{sid}. */
public record SubmissionRequest(
        @NotBlank @Size(max = 300) String title,
        @JsonProperty("abstract") @NotBlank @Size(max = 10_000) String abstractText,
        @NotBlank @Size(max = 64) String track,
        @NotBlank @Size(max = 64) String format,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> keywords,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Author> authors,
        @Size(max = 50) List<@NotBlank @Size(max = 320) @DeclaredConflict String> declaredConflicts) {

    /** An author in the submission's order; {@code presenter} absent is false. */
    public record Author(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 300) String affiliation,
            Boolean presenter) {

        public boolean presents() {
            return Boolean.TRUE.equals(presenter);
        }
    }

    public List<String> keywordsOrNone() {
        return keywords == null ? List.of() : keywords.stream().map(String::strip).toList();
    }

    public List<String> declaredConflictsOrNone() {
        return declaredConflicts == null ? List.of() : declaredConflicts.stream().map(String::strip).toList();
    }
}
