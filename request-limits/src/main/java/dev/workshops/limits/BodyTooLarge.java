package dev.workshops.limits;

import io.vertx.ext.web.RoutingContext;

/** Answers a request whose body is declared larger than its route takes; the body is not read. */
public interface BodyTooLarge {

    /** Ends the exchange with 413; the connection closes, as the body that follows is not read. */
    void answer(RoutingContext context, long limit);
}
