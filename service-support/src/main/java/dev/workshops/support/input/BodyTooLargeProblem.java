package dev.workshops.support.input;

import dev.workshops.limits.BodyLimits;
import dev.workshops.limits.BodyTooLarge;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.RouteAnswers;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A body declared larger than its route takes (request-limits' {@link BodyLimits}) is a 413 problem naming the limit. */
@ApplicationScoped
public class BodyTooLargeProblem implements BodyTooLarge {

    private final RouteAnswers answers;

    public BodyTooLargeProblem(RouteAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void answer(RoutingContext context, long limit) {
        answers.problem(context, Problem.of(413, "Content Too Large",
                "The request body is larger than " + BodyLimits.inWords(limit) + ".").with("maxBytes", limit), true);
    }
}
