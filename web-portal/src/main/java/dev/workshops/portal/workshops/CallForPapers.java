package dev.workshops.portal.workshops;

import java.time.Instant;

/**
 * The seam for the call for papers on a workshop's home: the section shows when there is one. submissions-service
 * ({@code GET /api/workshops/{id}/call}) will fill it; until the portal calls it, a home has none.
 */
public record CallForPapers(boolean open, Instant deadlineAt) {
}
