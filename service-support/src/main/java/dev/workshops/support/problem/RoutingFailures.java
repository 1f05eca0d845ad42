package dev.workshops.support.problem;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A request the router itself fails, outside the resource layer and its exception mappers (a path the router
 * cannot read, a body the HTTP layer refuses, an authentication failure before a resource): answered as a problem
 * with the failure's status, where Quarkus would answer with an empty body or its own error page.
 */
@ApplicationScoped
public class RoutingFailures {

    private static final Logger LOG = Logger.getLogger(RoutingFailures.class);

    private final RouteAnswers answers;

    public RoutingFailures(RouteAnswers answers) {
        this.answers = answers;
    }

    /** The statuses the router answers by itself when no route takes the failure (e.g. a path it cannot decode). */
    private static final int[] UNROUTED = {400, 403, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503};

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
        for (int status : UNROUTED) {
            router.errorHandler(status, this::answer);
        }
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        Problem problem = switch (failure) {
            case UnauthorizedException e -> unauthorized(context);
            case AuthenticationFailedException e -> unauthorized(context);
            case AuthenticationCompletionException e -> unauthorized(context);
            case ForbiddenException e -> Problem.forbidden();
            case null -> byStatus(context.statusCode());
            default -> context.statusCode() >= 400 && context.statusCode() < 500 ? byStatus(context.statusCode())
                    : unexpected(context, failure);
        };
        answers.problem(context, problem, problem.status() == 413);
    }

    private static Problem unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"workshop\"");
        return Problem.unauthorized();
    }

    private static Problem byStatus(int status) {
        if (status < 400) {
            status = 500;
        }
        String detail = switch (status) {
            case 400 -> "The request cannot be read: check its URI, headers and body.";
            case 404 -> "There is nothing here.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request was refused.";
        };
        return Problem.of(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail);
    }

    private static Problem unexpected(RoutingContext context, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure %s on %s", errorId, context.request().path());
        return Problem.internalError(errorId);
    }
}
