package dev.workshops.submissions.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the assignment endpoints. */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    /** Body of POST /api/workshops/{id}/assignments/proposal; absent values are the call's. */
    public record ProposalRequest(@Min(1) @Max(20) Integer reviewsPerPaper, @Min(1) @Max(100) Integer maxLoad) {
    }

    /** Body of POST /api/workshops/{id}/assignments. */
    public record Apply(@NotEmpty @Size(max = 5000) List<@Valid @NotNull Pair> assignments) {
    }

    public record Pair(@NotNull UUID submissionId, @NotNull UUID memberId) {
    }
}
