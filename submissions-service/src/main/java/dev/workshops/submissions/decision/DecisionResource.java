package dev.workshops.submissions.decision;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** The chairs' decisions: recorded one by one as pending, released together. */
@Path("/api")
@RolesAllowed(Roles.ORGANIZER)
public class DecisionResource {

    /** Body of PUT /api/submissions/{sid}/decision. */
    public record DecisionRequest(@NotNull SubmissionChanged.Outcome outcome) {
    }

    /** Answer of POST /api/workshops/{id}/decisions/release: how many decisions were released. */
    public record Released(int released) {
    }

    private final DecisionService decisions;
    private final CurrentRequester requester;

    public DecisionResource(DecisionService decisions, CurrentRequester requester) {
        this.decisions = decisions;
        this.requester = requester;
    }

    @PUT
    @Path("submissions/{sid}/decision")
    public Uni<DecisionView> decide(@PathParam("sid") UUID submissionId, @Valid @NotNull DecisionRequest request) {
        return decisions.decide(submissionId, request.outcome(), requester.get());
    }

    @POST
    @Path("workshops/{id}/decisions/release")
    public Uni<Released> release(@PathParam("id") String workshopId) {
        return decisions.release(workshopId).map(Released::new);
    }
}
