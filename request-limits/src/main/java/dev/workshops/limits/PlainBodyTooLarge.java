package dev.workshops.limits;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.arc.DefaultBean;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Says it in plain text, for a server of web pages; service-support answers with problem details instead. */
@DefaultBean
@ApplicationScoped
public class PlainBodyTooLarge implements BodyTooLarge {

    @Override
    public void answer(RoutingContext context, long limit) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end("The request is larger than this page accepts (" + BodyLimits.inWords(limit) + ").");
    }
}
