package dev.workshops.portal.web;

import dev.workshops.portal.services.ServiceProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What every form action does: check the form token, try the action, leave its outcome (the service's sentence
 * when it said no) for the next page, and send the browser there (post, redirect, get).
 */
@RequestScoped
public class Forms {

    private final Portal portal;

    public Forms(Portal portal) {
        this.portal = portal;
    }

    /** Throws 403 unless {@code submitted} is this browser's form token. */
    public void check(String submitted) {
        if (!portal.csrfMatches(submitted)) {
            throw new ForbiddenException("The form has expired. Please reload the page and try again.");
        }
    }

    /** Runs {@code action} after {@link #check}; tells {@code success} or the problem's sentence, then redirects. */
    public Response act(String csrf, String back, String success, Runnable action) {
        check(csrf);
        try {
            action.run();
            if (success != null) {
                portal.tell(success);
            }
        } catch (ServiceProblem problem) {
            portal.warn(problem.sentence());
        }
        return seeOther(back);
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
