package dev.workshops.registration.policy;

import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/workshops/{id}/registration-policy")
public class PolicyResource {

    private final PolicyService policies;

    public PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<PolicyView> put(@PathParam("id") String workshopId, @Valid @NotNull PolicyRequest request) {
        return policies.put(workshopId, request);
    }

    @GET
    @PermitAll
    public Uni<PolicyView> get(@PathParam("id") String workshopId) {
        return policies.get(workshopId);
    }
}
