package dev.workshops.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a problem from the HTTP layer itself, where no exception mapper runs: a request refused before it reaches
 * a resource (its size, its encoding, its media types, a malformed token) or a failure of the router.
 */
@ApplicationScoped
public class RouteAnswers {

    private final ObjectMapper json;

    public RouteAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the exchange with {@code problem}; a refused request's body is not read, so the connection closes. */
    public void problem(RoutingContext context, Problem problem, boolean closeConnection) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem.instance() == null ? problem.at(pathOf(context)) : problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (closeConnection) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    /** The path as sent (a path whose encoding is malformed cannot be normalized); none when it is too long to echo. */
    private static String pathOf(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return path.length() > ECHOED_PATH_LENGTH ? null : path;
    }

    private static final int ECHOED_PATH_LENGTH = 512;
}
