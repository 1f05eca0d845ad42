package dev.workshops.submissions.discussion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A paper's discussion: each post under "Reviewer N" or "Chair", never a name, an email or an id of its writer. */
public record DiscussionView(List<Post> posts) {

    public record Post(UUID id, String by, boolean mine, String text, Instant postedAt) {
    }
}
