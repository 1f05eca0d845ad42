package dev.workshops.submissions.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One author of a submission at their place in its order; {@code email} is kept in lower case. */
@Entity
@Table(name = "submission_author")
@IdClass(SubmissionAuthor.Key.class)
public class SubmissionAuthor extends PanacheEntityBase {

    @Id
    public UUID submissionId;
    @Id
    public int position;
    public String name;
    public String email;
    public String affiliation;
    public boolean presenter;

    public static class Key implements Serializable {

        public UUID submissionId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.submissionId, submissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, position);
        }
    }
}
