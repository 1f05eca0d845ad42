package dev.workshops.portal.web;

import dev.workshops.portal.services.ServiceProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page that could not be built says why in a sentence, with the status the service gave; never a stack trace. */
public class ProblemPages {

    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    private final Template problem;

    public ProblemPages(@Location("problem.html") Template problem) {
        this.problem = problem;
    }

    @ServerExceptionMapper
    public Response serviceSaidNo(ServiceProblem e) {
        return page(e.status() >= 400 && e.status() < 600 ? e.status() : 502, e.sentence());
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String sentence = switch (status) {
            case 403 -> e.getMessage() != null && e.getMessage().startsWith("The form") ? e.getMessage() : "You are not allowed to see this page.";
            case 404 -> "There is no such page.";
            case 405 -> "This page cannot be used that way.";
            default -> "This request could not be handled (HTTP " + status + ").";
        };
        return page(status, sentence);
    }

    /** The staff-only check-in page asked for by someone else. */
    @ServerExceptionMapper
    public Response notAllowed(io.quarkus.security.ForbiddenException e) {
        return page(403, "You are not allowed to see this page.");
    }

    /** Anything else: a sentence and an id to quote, the details in the log only. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", errorId);
        return page(500, "Something went wrong on our side. Quote this id if you report it: " + errorId);
    }

    private Response page(int status, String sentence) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(problem.data("status", status).data("sentence", sentence).render()).build();
    }
}
