package dev.workshops.submissions.pdf;

import dev.workshops.submissions.submission.Requester;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Whether the caller reviews a submission (assigned, not conflicted), so that the PDF endpoints give them the copy
 * for reviewers. Until peer review exists nobody does; its module provides the bean that replaces this one.
 */
public interface ReviewerAccess {

    /** Runs inside a Hibernate Reactive session. */
    Uni<Boolean> reviews(UUID submissionId, Requester requester);

    @DefaultBean
    @ApplicationScoped
    class Nobody implements ReviewerAccess {
        @Override
        public Uni<Boolean> reviews(UUID submissionId, Requester requester) {
            return Uni.createFrom().item(false);
        }
    }
}
