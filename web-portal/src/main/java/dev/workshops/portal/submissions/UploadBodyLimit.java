package dev.workshops.portal.submissions;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the portal's 64 KiB body limit for every request but a PDF upload. Quarkus checks its own limit
 * ({@code quarkus.http.limits.max-body-size}, raised for the upload) before any route; this route runs right after it
 * and puts {@code workshop.portal.max-body-size} back: a declared length above it is answered 413 at once, a chunked
 * body is cut off by the reader that enforces Quarkus's limit.
 */
@ApplicationScoped
public class UploadBodyLimit {

    private static final Pattern PDF_UPLOAD = Pattern.compile("/workshops/[^/]+/submissions/[^/]+/pdf");

    private final long pageLimit;

    public UploadBodyLimit(@ConfigProperty(name = "workshop.portal.max-body-size") MemorySize pageLimit) {
        this.pageLimit = pageLimit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    static boolean isPdfUpload(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && PDF_UPLOAD.matcher(request.path()).matches();
    }

    private void limit(RoutingContext context) {
        if (isPdfUpload(context.request())) {
            context.next();
            return;
        }
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > pageLimit) {
            // The rest of the body is not read: the connection closes after the answer.
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .putHeader(HttpHeaderNames.CONNECTION, "close")
                    .end("This form is larger than the portal accepts (" + pageLimit / 1024 + " KiB).");
            return;
        }
        context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, pageLimit);
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // The HTTP decoder refuses a malformed length before any route.
            return -1;
        }
    }
}
