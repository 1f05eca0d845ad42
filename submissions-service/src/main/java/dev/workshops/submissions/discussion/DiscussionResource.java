package dev.workshops.submissions.discussion;

import dev.workshops.submissions.submission.Requester;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

@Path("/api/submissions/{sid}/discussion")
@Authenticated
public class DiscussionResource {

    /** Body of POST /api/submissions/{sid}/discussion. */
    public record PostRequest(@NotBlank @Size(max = 20_000) String text) {
    }

    private final DiscussionService discussion;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public DiscussionResource(DiscussionService discussion, JsonWebToken token, SecurityIdentity identity) {
        this.discussion = discussion;
        this.token = token;
        this.identity = identity;
    }

    @POST
    public Uni<Response> post(@PathParam("sid") UUID submissionId, @Valid @NotNull PostRequest request) {
        return discussion.post(submissionId, Requester.of(token, identity), request.text())
                .map(post -> Response.status(201).entity(post).build());
    }

    @GET
    public Uni<DiscussionView> thread(@PathParam("sid") UUID submissionId) {
        return discussion.thread(submissionId, Requester.of(token, identity));
    }
}
