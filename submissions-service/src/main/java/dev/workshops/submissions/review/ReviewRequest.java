package dev.workshops.submissions.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /api/submissions/{sid}/review. A draft may leave any score out; submitting needs them all. Scores:
 * overall 1–10, the others 1–5.
 */
public record ReviewRequest(
        @Min(1) @Max(10) Integer overall,
        @Min(1) @Max(5) Integer confidence,
        @Min(1) @Max(5) Integer originality,
        @Min(1) @Max(5) Integer relevance,
        @Min(1) @Max(5) Integer rigor,
        @Size(max = 20_000) String summary,
        @Size(max = 20_000) String strengths,
        @Size(max = 20_000) String weaknesses,
        @Size(max = 20_000) String commentsToAuthors,
        @Size(max = 20_000) String confidentialToChairs,
        Boolean submit) {

    public boolean submitting() {
        return Boolean.TRUE.equals(submit);
    }
}
