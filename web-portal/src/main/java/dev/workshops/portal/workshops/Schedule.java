package dev.workshops.portal.workshops;

import java.time.Instant;
import java.util.List;

/** The latest release of a workshop's schedule. */
public record Schedule(String workshopId, long version, Instant releasedAt, String timezone, List<Session> sessions) {
}
