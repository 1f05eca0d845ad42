package dev.workshops.submissions.cameraready;

import dev.workshops.submissions.pdf.PdfDownloads;
import dev.workshops.submissions.pdf.PdfResource;
import dev.workshops.submissions.pdf.PdfUploads;
import dev.workshops.submissions.pdf.SpooledUpload;
import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.SubmissionView;
import dev.workshops.support.problem.Problem;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An accepted paper's camera-ready and its final PDF. */
@Path("/api/submissions/{sid}/camera-ready")
public class CameraReadyResource {

    private final CameraReadyService cameraReadies;
    private final PdfUploads uploads;
    private final PdfDownloads downloads;
    private final CurrentRequester requester;

    public CameraReadyResource(CameraReadyService cameraReadies, PdfUploads uploads, PdfDownloads downloads,
            CurrentRequester requester) {
        this.cameraReadies = cameraReadies;
        this.uploads = uploads;
        this.downloads = downloads;
        this.requester = requester;
    }

    @PUT
    @Authenticated
    public Uni<CameraReadyView> send(@PathParam("sid") UUID submissionId, @Valid @NotNull CameraReadyRequest request) {
        return cameraReadies.send(submissionId, requester.get(), request);
    }

    @GET
    @Authenticated
    public Uni<CameraReadyView> get(@PathParam("sid") UUID submissionId) {
        return cameraReadies.get(submissionId, requester.get());
    }

    /** The same checks and storage as a submission's PDF ({@link PdfResource}), against the camera-ready's deadline. */
    @PUT
    @Path("pdf")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    public SubmissionView.Pdf upload(@PathParam("sid") UUID submissionId, @Context HttpHeaders headers, InputStream body)
            throws SpooledUpload.TooLarge {
        PdfResource.requirePdf(headers);
        return uploads.upload(cameraReadies, submissionId, requester.get(), PdfResource.declaredLength(headers), body);
    }

    @ServerExceptionMapper
    public Response tooLarge(SpooledUpload.TooLarge e, UriInfo uri) {
        return PdfResource.tooLargeAnswer(e, uri);
    }

    /** Public for an archival paper of the program; else its authors and the chairs (404 for anyone else). */
    @GET
    @Path("pdf")
    @PermitAll
    @Produces({PdfResource.PDF, Problem.MEDIA_TYPE})
    @Blocking
    public Response download(@PathParam("sid") UUID submissionId) {
        Requester reader = requester.get();
        PdfUploads.await(() -> cameraReadies.requireFinalPdfReadable(submissionId, reader));
        return downloads.finalVersion(submissionId);
    }
}
