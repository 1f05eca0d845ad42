package dev.workshops.submissions.discussion;

import dev.workshops.submissions.submission.CurrentRequester;
import io.quarkus.security.Authenticated;
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

@Path("/api/submissions/{sid}/discussion")
@Authenticated
public class DiscussionResource {

    /** Body of POST /api/submissions/{sid}/discussion. */
    public record PostRequest(@NotBlank @Size(max = 20_000) String text) {
    }

    private final DiscussionService discussion;
    private final CurrentRequester requester;

    public DiscussionResource(DiscussionService discussion, CurrentRequester requester) {
        this.discussion = discussion;
        this.requester = requester;
    }

    @POST
    public Uni<Response> post(@PathParam("sid") UUID submissionId, @Valid @NotNull PostRequest request) {
        return discussion.post(submissionId, requester.get(), request.text())
                .map(post -> Response.status(201).entity(post).build());
    }

    @GET
    public Uni<DiscussionView> thread(@PathParam("sid") UUID submissionId) {
        return discussion.thread(submissionId, requester.get());
    }
}
