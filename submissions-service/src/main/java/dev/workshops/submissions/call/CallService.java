package dev.workshops.submissions.call;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

@ApplicationScoped
public class CallService {

    private final Clock clock;

    public CallService(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<CallView> get(String workshopId) {
        return Call.<Call>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workshop '" + workshopId + "' has no call for papers."))
                .map(call -> CallView.of(call, clock.instant()));
    }
}
