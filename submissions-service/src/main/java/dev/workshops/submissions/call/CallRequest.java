package dev.workshops.submissions.call;

import dev.workshops.events.CallChanged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Body of PUT /api/workshops/{id}/call. */
public record CallRequest(
        @Size(max = 20_000) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Track> tracks,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Format> formats,
        @NotNull OffsetDateTime opensAt,
        @Valid @NotNull Deadline deadline,
        @Min(0) @Max(1440) Integer graceMinutes,
        @Valid @NotNull Deadline reviewDeadline,
        @Valid Deadline cameraReadyDeadline,
        @NotNull CallChanged.Blind blind,
        @Min(1) @Max(20) Integer reviewsPerPaper,
        @Min(1) @Max(100) Integer maxLoad) {

    public static final int DEFAULT_GRACE_MINUTES = 15;
    public static final int DEFAULT_REVIEWS_PER_PAPER = 3;
    public static final int DEFAULT_MAX_LOAD = 4;
    /** The most a format may allow a PDF to weigh: what one request body may carry. */
    public static final long MAX_PDF_BYTES = 50L * 1024 * 1024;

    public record Track(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be 1 to 64 of a-z, 0-9 and -") String id,
            @NotBlank @Size(max = 200) String name) {
    }

    /** {@code maxPages} counts the pages before the references. */
    public record Format(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be 1 to 64 of a-z, 0-9 and -") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(1000) Integer maxPages,
            @NotNull @Min(1024) @Max(MAX_PDF_BYTES) Long maxBytes) {
    }
}
