package dev.workshops.support.security;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.RouteAnswers;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Refuses a bearer token that is not shaped like a JWT (three base64url parts) with a 401 problem before the OIDC
 * layer reads it: that layer fails on some shapes (a token of dots) with an unchecked error, which would be a 500.
 */
@ApplicationScoped
public class BearerShape {

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String BEARER = "Bearer ";

    private final RouteAnswers answers;

    public BearerShape(RouteAnswers answers) {
        this.answers = answers;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseMalformed, 1_000);
    }

    private void refuseMalformed(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || JWT.matcher(authorization.substring(BEARER.length()).strip()).matches()) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"workshop\", error=\"invalid_token\"");
        answers.problem(context, Problem.unauthorized(), false);
    }
}
