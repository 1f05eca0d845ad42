package dev.workshops.submissions.bid;

import dev.workshops.submissions.submission.CurrentRequester;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api")
@Authenticated
public class BidResource {

    /** Body of PUT /api/submissions/{sid}/bid. */
    public record BidRequest(@NotNull BidLevel bid) {
    }

    private final BidService bids;
    private final CurrentRequester requester;

    public BidResource(BidService bids, CurrentRequester requester) {
        this.bids = bids;
        this.requester = requester;
    }

    @GET
    @Path("workshops/{id}/bids/me")
    public Uni<List<BidView>> mine(@PathParam("id") String workshopId) {
        return bids.mine(workshopId, requester.get());
    }

    @PUT
    @Path("submissions/{sid}/bid")
    public Uni<Response> place(@PathParam("sid") UUID submissionId, @Valid @NotNull BidRequest request) {
        return bids.place(submissionId, request.bid(), requester.get()).map(done -> Response.noContent().build());
    }
}
