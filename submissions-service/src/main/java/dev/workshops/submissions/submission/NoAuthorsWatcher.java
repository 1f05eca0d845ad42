package dev.workshops.submissions.submission;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link AuthorsWatcher} until peer review provides its own. */
@ApplicationScoped
@DefaultBean
public class NoAuthorsWatcher implements AuthorsWatcher {

    @Override
    public Uni<Void> authorsChanged(Submission submission) {
        return Uni.createFrom().voidItem();
    }
}
