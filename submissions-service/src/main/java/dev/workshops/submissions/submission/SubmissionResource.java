package dev.workshops.submissions.submission;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.support.links.PublicLinks;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

@Path("/api")
public class SubmissionResource {

    /** Body of PUT /api/submissions/{sid}/extension. */
    public record ExtensionRequest(@NotNull OffsetDateTime until) {
    }

    private final SubmissionService submissions;
    private final CurrentRequester requester;
    private final PublicLinks links;

    public SubmissionResource(SubmissionService submissions, CurrentRequester requester, PublicLinks links) {
        this.submissions = submissions;
        this.links = links;
        this.requester = requester;
    }

    @POST
    @Path("workshops/{id}/submissions")
    @Authenticated
    public Uni<Response> create(@PathParam("id") String workshopId, @Valid @NotNull SubmissionRequest request) {
        return submissions.create(workshopId, requester.get(), request).map(created -> Response
                .created(links.at("/api/submissions/{submissionId}", created.id()))
                .entity(created).build());
    }

    @GET
    @Path("workshops/{id}/submissions/mine")
    @Authenticated
    public Uni<Page<SubmissionView>> mine(@PathParam("id") String workshopId, @Valid @BeanParam PageRequest paging) {
        return submissions.mine(workshopId, requester.get(), paging);
    }

    @GET
    @Path("workshops/{id}/submissions")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<Page<SubmissionView>> list(@PathParam("id") String workshopId, @QueryParam("status") String status,
            @QueryParam("track") String track, @QueryParam("q") String q, @Valid @BeanParam PageRequest paging) {
        return submissions.list(workshopId, requester.get(), new SubmissionFilter(statusOf(status), track, q), paging);
    }

    @GET
    @Path("submissions/{sid}")
    @Authenticated
    public Uni<SubmissionView> get(@PathParam("sid") UUID submissionId) {
        return submissions.get(submissionId, requester.get());
    }

    @PUT
    @Path("submissions/{sid}")
    @Authenticated
    public Uni<SubmissionView> update(@PathParam("sid") UUID submissionId, @Valid @NotNull SubmissionRequest request) {
        return submissions.update(submissionId, requester.get(), request);
    }

    @DELETE
    @Path("submissions/{sid}")
    @Authenticated
    public Uni<SubmissionView> withdraw(@PathParam("sid") UUID submissionId) {
        return submissions.withdraw(submissionId, requester.get());
    }

    @PUT
    @Path("submissions/{sid}/extension")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<SubmissionView> extend(@PathParam("sid") UUID submissionId, @Valid @NotNull ExtensionRequest request) {
        return submissions.extend(submissionId, requester.get(), request.until().toInstant());
    }


    private static SubmissionChanged.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return SubmissionChanged.Status.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(SubmissionChanged.Status.values()));
        }
    }
}
