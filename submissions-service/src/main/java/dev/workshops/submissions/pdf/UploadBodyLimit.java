package dev.workshops.submissions.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.support.problem.Problem;
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
 * Keeps the platform's body limit for every request but PDF uploads. Quarkus's own limit
 * ({@code quarkus.http.limits.max-body-size}) is one number for the whole server, checked before any route, so this
 * service raises it to the largest upload a format may allow ({@code CallRequest.MAX_PDF_BYTES}) and this route,
 * right after Quarkus's check, puts the JSON limit back: a declared {@code Content-Length} above it is answered 413
 * at once, and a chunked body is cut off by the same reader that enforces Quarkus's limit. A PDF upload keeps the
 * larger bound, and its resource applies the format's own limit while streaming.
 */
@ApplicationScoped
public class UploadBodyLimit {

    private static final Pattern PDF_UPLOAD = Pattern.compile("/api/submissions/[^/]+/pdf");

    private final long jsonLimit;
    private final ObjectMapper json;

    public UploadBodyLimit(@ConfigProperty(name = "workshop.http.max-body-size") MemorySize jsonLimit, ObjectMapper json) {
        this.jsonLimit = jsonLimit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    static boolean isPdfUpload(HttpServerRequest request) {
        return request.method() == HttpMethod.PUT && PDF_UPLOAD.matcher(request.path()).matches();
    }

    private void limit(RoutingContext context) {
        if (isPdfUpload(context.request())) {
            context.next();
            return;
        }
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > jsonLimit) {
            refuse(context);
            return;
        }
        context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, jsonLimit);
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // The HTTP decoder refuses a malformed length before any route; nothing to add here.
            return -1;
        }
    }

    private void refuse(RoutingContext context) {
        Problem problem = Problem.of(413, "Content Too Large",
                "The request body is larger than " + (jsonLimit / 1024) + " KiB.").at(context.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
        // The rest of the body is not read: the connection closes after the answer.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }
}
