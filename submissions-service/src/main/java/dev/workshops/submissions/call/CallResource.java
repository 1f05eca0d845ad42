package dev.workshops.submissions.call;

import dev.workshops.support.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/workshops/{id}/call")
public class CallResource {

    private final CallService calls;
    private final CurrentIdentityAssociation identity;

    public CallResource(CallService calls, CurrentIdentityAssociation identity) {
        this.calls = calls;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<CallView> put(@PathParam("id") String workshopId, @Valid @NotNull CallRequest request) {
        return calls.put(workshopId, request);
    }

    /** Public; a chair's answer also says the grace period. */
    @GET
    @PermitAll
    public Uni<CallView> get(@PathParam("id") String workshopId) {
        // Authentication is lazy: on a public path the identity is resolved only when asked, without blocking.
        return identity.getDeferredIdentity().flatMap(caller -> calls.get(workshopId, caller.hasRole(Roles.ORGANIZER)));
    }
}
