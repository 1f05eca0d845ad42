package dev.workshops.submissions.conflict;

import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/api")
@RolesAllowed(Roles.ORGANIZER)
public class ConflictResource {

    /** Body of PUT /api/conflicts/{cid}: the chair's word, CONFIRMED or DISMISSED. */
    public record Decision(@NotNull Conflict.Status status) {
    }

    private final ConflictService conflicts;
    private final CurrentRequester requester;

    public ConflictResource(ConflictService conflicts, CurrentRequester requester) {
        this.conflicts = conflicts;
        this.requester = requester;
    }

    @GET
    @Path("workshops/{id}/conflicts")
    public Uni<List<ConflictView>> list(@PathParam("id") String workshopId, @QueryParam("status") String status) {
        return conflicts.list(workshopId, statusOf(status));
    }

    @PUT
    @Path("conflicts/{cid}")
    public Uni<ConflictView> decide(@PathParam("cid") UUID conflictId, @Valid @NotNull Decision decision) {
        return conflicts.decide(conflictId, decision.status(), requester.get());
    }

    private static Conflict.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Conflict.Status.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(Conflict.Status.values()));
        }
    }
}
