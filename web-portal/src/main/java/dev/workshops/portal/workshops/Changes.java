package dev.workshops.portal.workshops;

import java.util.List;
import java.util.UUID;

/** The change log since a release. */
public record Changes(List<Change> changes) {

    public record Change(long version, UUID sessionId, String type) {
    }
}
