package dev.workshops.submissions.pdf;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.submissions.submission.CurrentRequester;
import dev.workshops.submissions.submission.SubmissionView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
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
import java.util.OptionalLong;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A submission's PDF. The upload runs on a worker thread and reads the body as a stream: nothing of it is read before
 * the caller, the deadline and the declared length have passed, so an {@code Expect: 100-continue} client sends
 * nothing that would be refused.
 */
@Path("/api/submissions/{sid}/pdf")
@Authenticated
public class PdfResource {

    public static final String PDF = "application/pdf";

    private final PdfUploads uploads;
    private final PdfDownloads downloads;
    private final CurrentRequester requester;

    public PdfResource(PdfUploads uploads, PdfDownloads downloads, CurrentRequester requester) {
        this.uploads = uploads;
        this.downloads = downloads;
        this.requester = requester;
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    public SubmissionView.Pdf upload(@PathParam("sid") UUID submissionId, @Context HttpHeaders headers, InputStream body)
            throws SpooledUpload.TooLarge {
        MediaType type = headers.getMediaType();
        if (type == null || !PDF.equals(type.getType() + "/" + type.getSubtype())) {
            throw new ProblemException(Problem.of(415, "Unsupported Media Type",
                    "Send the paper as application/pdf" + (type == null ? "." : ", not " + type + ".")));
        }
        return uploads.upload(submissionId, requester.get(), declaredLength(headers), body);
    }

    /** The PDF that counts: the original for its authors and the chairs, the reviewers' copy for its reviewers. */
    @GET
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Blocking
    public Response download(@PathParam("sid") UUID submissionId) {
        return downloads.forCaller(submissionId, requester.get());
    }

    /** What reviewers get, for the chairs to check and, once review comes, for reviewers. */
    @GET
    @Path("reviewer-copy")
    @Produces({PDF, Problem.MEDIA_TYPE})
    @Blocking
    public Response reviewerCopy(@PathParam("sid") UUID submissionId) {
        return downloads.reviewerCopy(submissionId, requester.get());
    }

    /** The rest of the body is never read: the connection closes after the answer. */
    @ServerExceptionMapper
    public Response tooLarge(SpooledUpload.TooLarge e, UriInfo uri) {
        return tooLargeAnswer(e, uri);
    }

    /** 413 naming the limit, closing the connection so the rest of the body is never read. */
    public static Response tooLargeAnswer(SpooledUpload.TooLarge e, UriInfo uri) {
        return Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .entity(Problem.of(413, "Content Too Large", "The PDF is larger than this format allows ("
                        + e.limit() + " bytes).").with("maxBytes", e.limit()).at(uri.getPath()))
                .build();
    }

    /** 415 for a body that does not say it is a PDF. */
    public static void requirePdf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type == null || !PDF.equals(type.getType() + "/" + type.getSubtype())) {
            throw new ProblemException(Problem.of(415, "Unsupported Media Type",
                    "Send the paper as application/pdf" + (type == null ? "." : ", not " + type + ".")));
        }
    }

    public static OptionalLong declaredLength(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
