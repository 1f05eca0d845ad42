package dev.workshops.submissions.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A committee member as the chairs and the member read it. */
public record MemberView(UUID id, String workshopId, String email, String name, CommitteeMember.Status status,
        String affiliation, Integer maxLoad, boolean listPublicly, List<String> declaredConflicts, Instant respondedAt,
        Instant createdAt, Instant updatedAt, long version) {

    /** What the public committee list shows of a member who agreed to be listed. */
    public record Listed(String name, String affiliation) {
    }
}
