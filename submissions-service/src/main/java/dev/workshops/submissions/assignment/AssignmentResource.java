package dev.workshops.submissions.assignment;

import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api")
@RolesAllowed(Roles.ORGANIZER)
public class AssignmentResource {

    private final AssignmentService assignments;
    private final CurrentRequester requester;

    public AssignmentResource(AssignmentService assignments, CurrentRequester requester) {
        this.assignments = assignments;
        this.requester = requester;
    }

    @POST
    @Path("workshops/{id}/assignments/proposal")
    public Uni<AssignmentViews.ProposalView> propose(@PathParam("id") String workshopId,
            @Valid AssignmentRequests.ProposalRequest request) {
        return assignments.propose(workshopId, request == null ? new AssignmentRequests.ProposalRequest(null, null) : request);
    }

    @POST
    @Path("workshops/{id}/assignments")
    public Uni<Response> assign(@PathParam("id") String workshopId, @Valid @NotNull AssignmentRequests.Apply request) {
        return assignments.assign(workshopId, request.assignments(), requester.get())
                .map(made -> Response.status(Response.Status.CREATED).entity(made).build());
    }

    @GET
    @Path("workshops/{id}/assignments")
    public Uni<List<AssignmentViews.AssignmentView>> list(@PathParam("id") String workshopId) {
        return assignments.list(workshopId);
    }

    @DELETE
    @Path("assignments/{aid}")
    public Uni<Response> remove(@PathParam("aid") UUID assignmentId) {
        return assignments.remove(assignmentId).map(done -> Response.noContent().build());
    }
}
