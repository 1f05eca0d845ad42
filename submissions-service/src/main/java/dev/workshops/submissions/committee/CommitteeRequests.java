package dev.workshops.submissions.committee;

import dev.workshops.submissions.emaildomain.DeclaredConflict;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the committee's endpoints. */
public final class CommitteeRequests {

    private CommitteeRequests() {
    }

    /** Body of POST /api/workshops/{id}/committee. */
    public record Invitation(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name) {
    }

    /**
     * Body of PUT /api/workshops/{id}/committee/me. {@code maxLoad} absent is the call's; {@code declaredConflicts}
     * emails or domains.
     */
    public record Answer(
            @NotNull Boolean accept,
            @Size(max = 300) String affiliation,
            @Min(1) @Max(100) Integer maxLoad,
            Boolean listPublicly,
            @Size(max = 50) List<@NotBlank @Size(max = 320) @DeclaredConflict String> declaredConflicts) {

        public List<String> declaredConflictsOrNone() {
            return declaredConflicts == null ? List.of()
                    : declaredConflicts.stream().map(entry -> entry.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        }

        public String affiliationOrNone() {
            return affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
        }
    }
}
