package dev.workshops.submissions.discussion;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A post in a paper's discussion; {@code memberId} is set for a reviewer's, absent for a chair's. */
@Entity
@Table(name = "discussion_post")
public class DiscussionPost extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID submissionId;
    public String accountId;
    public UUID memberId;
    public String text;
    public Instant postedAt;

    static DiscussionPost by(UUID submissionId, String accountId, UUID memberId, String text, Instant now) {
        DiscussionPost post = new DiscussionPost();
        post.id = UUID.randomUUID();
        post.submissionId = submissionId;
        post.accountId = accountId;
        post.memberId = memberId;
        post.text = text;
        post.postedAt = now;
        return post;
    }
}
