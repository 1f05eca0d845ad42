package dev.workshops.submissions.call;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/workshops/{id}/call")
public class CallResource {

    private final CallService calls;

    public CallResource(CallService calls) {
        this.calls = calls;
    }

    @GET
    @PermitAll
    public Uni<CallView> get(@PathParam("id") String workshopId) {
        return calls.get(workshopId);
    }
}
