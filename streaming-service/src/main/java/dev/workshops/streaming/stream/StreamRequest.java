package dev.workshops.streaming.stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/sessions/{sessionId}/stream. */
public record StreamRequest(@NotNull Provider provider, @NotBlank @Size(max = 2048) String playbackUrl,
        @Size(max = 2048) String backupUrl) {

    public enum Provider { YOUTUBE, ZOOM, HLS, OTHER }
}
