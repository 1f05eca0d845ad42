package dev.workshops.schedule.paper;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A paper placed in a session; {@code board} is a poster's board number (optional). */
public record PaperPlace(@NotNull UUID paperId, @Min(1) @Max(9999) Integer board) {
}
