package dev.workshops.portal.web;

import dev.workshops.portal.services.ServiceProblem;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;

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
        return answer(csrf, back, () -> {
            action.run();
            return success;
        });
    }

    /** As {@link #act}, telling the sentence the action makes of the service's answer (none when null). */
    public Response answer(String csrf, String back, Supplier<String> action) {
        return follow(csrf, back, () -> {
            String success = action.get();
            if (success != null) {
                portal.tell(success);
            }
            return URI.create(back);
        });
    }

    /** Runs {@code action} after {@link #check} and sends the browser where it answers; a refusal goes {@code back}. */
    public Response follow(String csrf, String back, Supplier<URI> action) {
        check(csrf);
        try {
            return Response.seeOther(action.get()).build();
        } catch (ServiceProblem problem) {
            portal.warn(problem.sentence());
            return seeOther(back);
        }
    }

    /** What a form shows for a field the request did not send: nothing, never "null". */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * A form the service refused, drawn again as typed with its sentence, under the service's 4xx status (a failure
     * of the service itself is 502 to the browser).
     */
    public static Response refused(ServiceProblem problem, TemplateInstance form) {
        return Response.status(problem.status() / 100 == 4 ? problem.status() : 502).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(form.render()).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
