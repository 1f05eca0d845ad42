package dev.workshops.submissions.call;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Told, inside the transaction of a chair's change to the call, that its review deadline moved, so that what is due
 * by it (the assignments' facts) follows. Peer review provides the bean; without it nobody watches.
 */
public interface ReviewDeadlineWatcher {

    Uni<Void> reviewDeadlineMoved(Call call);

    @DefaultBean
    @ApplicationScoped
    class Nobody implements ReviewDeadlineWatcher {
        @Override
        public Uni<Void> reviewDeadlineMoved(Call call) {
            return Uni.createFrom().voidItem();
        }
    }
}
