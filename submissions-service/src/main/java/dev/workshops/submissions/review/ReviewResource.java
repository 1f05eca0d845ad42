package dev.workshops.submissions.review;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.support.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

@Path("/api")
public class ReviewResource {

    /** Body of PUT /api/submissions/{sid}/meta-review. */
    public record MetaReviewRequest(@NotNull SubmissionChanged.Outcome recommendation,
            @NotBlank @Size(max = 20_000) String text) {
    }

    private final ReviewService reviews;
    private final CurrentRequester requester;

    public ReviewResource(ReviewService reviews, CurrentRequester requester) {
        this.reviews = reviews;
        this.requester = requester;
    }

    @PUT
    @Path("submissions/{sid}/review")
    @Authenticated
    public Uni<ReviewView> write(@PathParam("sid") UUID submissionId, @Valid @NotNull ReviewRequest form) {
        return reviews.write(submissionId, requester.get(), form);
    }

    @GET
    @Path("submissions/{sid}/reviews")
    @Authenticated
    public Uni<PaperReviews> ofPaper(@PathParam("sid") UUID submissionId) {
        return reviews.ofPaper(submissionId, requester.get());
    }

    @GET
    @Path("workshops/{id}/reviews/me")
    @Authenticated
    public Uni<List<AssignedReview>> mine(@PathParam("id") String workshopId) {
        return reviews.mine(workshopId, requester.get());
    }

    @GET
    @Path("workshops/{id}/reviews/progress")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<List<ReviewTallies.MemberTally>> progress(@PathParam("id") String workshopId) {
        return reviews.progress(workshopId);
    }

    @PUT
    @Path("submissions/{sid}/meta-review")
    @RolesAllowed(Roles.ORGANIZER)
    public Uni<MetaReviewView> metaReview(@PathParam("sid") UUID submissionId, @Valid @NotNull MetaReviewRequest request) {
        return reviews.metaReview(submissionId, requester.get(), request.recommendation(), request.text());
    }

}
