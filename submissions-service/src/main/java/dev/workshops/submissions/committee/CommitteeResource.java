package dev.workshops.submissions.committee;

import dev.workshops.submissions.submission.Requester;
import dev.workshops.support.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/workshops/{id}/committee")
public class CommitteeResource {

    private final CommitteeService committee;
    private final JsonWebToken token;
    private final CurrentIdentityAssociation identity;

    public CommitteeResource(CommitteeService committee, JsonWebToken token, CurrentIdentityAssociation identity) {
        this.committee = committee;
        this.token = token;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<Response> invite(@PathParam("id") String workshopId, @Valid @NotNull CommitteeRequests.Invitation invitation) {
        return requester().flatMap(chair -> committee.invite(workshopId, invitation, chair))
                .map(member -> Response.status(Response.Status.CREATED).entity(member).build());
    }

    /** Chairs get every member with their answers; anyone else the members who agreed to be listed. */
    @GET
    @PermitAll
    // Its type is the caller's (every Member for organizers): the document gives the public answer, which anyone gets.
    @APIResponse(responseCode = "200", description = "The accepted members who agreed to be listed (organizers: every Member)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MemberView.Listed.class)))
    public Uni<?> list(@PathParam("id") String workshopId) {
        // Authentication is lazy: on a public path the identity is resolved only when asked, without blocking.
        return identity.getDeferredIdentity().flatMap(caller -> caller.hasRole(Roles.ORGANIZER)
                ? committee.all(workshopId) : committee.listed(workshopId));
    }

    @PUT
    @Path("me")
    @Authenticated
    public Uni<MemberView> answer(@PathParam("id") String workshopId, @Valid @NotNull CommitteeRequests.Answer answer) {
        return requester().flatMap(requester -> committee.answer(workshopId, answer, requester));
    }

    private Uni<Requester> requester() {
        return identity.getDeferredIdentity().map(caller -> Requester.of(token, caller));
    }
}
