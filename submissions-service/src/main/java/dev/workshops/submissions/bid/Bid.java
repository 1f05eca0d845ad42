package dev.workshops.submissions.bid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member's bid on a paper; the latest one counts. */
@Entity
@Table(name = "bid")
@IdClass(Bid.Key.class)
public class Bid extends PanacheEntityBase {

    @Id
    public UUID submissionId;
    @Id
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    public BidLevel bid;
    public Instant updatedAt;

    public static class Key implements Serializable {

        public UUID submissionId;
        public UUID memberId;

        public Key() {
        }

        public Key(UUID submissionId, UUID memberId) {
            this.submissionId = submissionId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.submissionId, submissionId) && Objects.equals(key.memberId, memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, memberId);
        }
    }
}
