package dev.workshops.limits;

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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be, route by route: {@code workshop.http.max-body-size} (64 KiB) for every request,
 * unless its route is declared with a larger limit in {@link BodyLimitsConfig} (a PDF upload). A body whose declared
 * length is over its route's limit is refused before a byte of it is read ({@link BodyTooLarge} answers); a body of
 * unknown length (chunked) is cut off by Quarkus's body reader once it has passed the limit, and the connection of
 * any 413 answered while the body still arrives is closed.
 *
 * <p>Quarkus's own limit, {@code quarkus.http.limits.max-body-size}, is one number for the whole server, checked before
 * any route: it must be at least the largest declared limit (checked at start), and the route right after its check
 * puts the request's own limit back.
 */
@ApplicationScoped
public class BodyLimits {

    /** A route declared to take a larger body than the default. */
    record DeclaredRoute(HttpMethod method, Pattern path, long limit) {

        boolean matches(HttpServerRequest request) {
            return request.method().equals(method) && path.matcher(request.path()).matches();
        }
    }

    private static final Pattern ROUTE = Pattern.compile("([A-Z]+)\\s+(/\\S*)");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

    private final long defaultLimit;
    private final List<DeclaredRoute> routes;
    private final BodyTooLarge refusal;

    public BodyLimits(@ConfigProperty(name = "workshop.http.max-body-size") MemorySize defaultLimit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> serverLimit,
            BodyLimitsConfig config, BodyTooLarge refusal) {
        this.defaultLimit = defaultLimit.asLongValue();
        this.routes = config.routes().entrySet().stream()
                .map(route -> declared(route.getKey(), route.getValue())).toList();
        this.refusal = refusal;
        long largest = routes.stream().mapToLong(DeclaredRoute::limit).reduce(this.defaultLimit, Math::max);
        if (serverLimit.isPresent() && serverLimit.get().asLongValue() < largest) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size is " + inWords(serverLimit.get().asLongValue())
                    + " but a route takes up to " + inWords(largest) + ": raise it to that");
        }
    }

    private static DeclaredRoute declared(String name, BodyLimitsConfig.Route route) {
        Matcher parts = ROUTE.matcher(route.route().strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException("workshop.http.body-limits." + name + ".route must read like"
                    + " 'PUT /api/submissions/{id}/pdf', not '" + route.route() + "'");
        }
        StringBuilder path = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(parts.group(2));
        int literal = 0;
        while (parameter.find()) {
            path.append(Pattern.quote(parts.group(2).substring(literal, parameter.start()))).append("[^/]+");
            literal = parameter.end();
        }
        path.append(Pattern.quote(parts.group(2).substring(literal)));
        return new DeclaredRoute(HttpMethod.valueOf(parts.group(1)), Pattern.compile(path.toString()),
                route.maxSize().asLongValue());
    }

    /** The most a body sent with {@code request} may hold, in bytes. */
    public long limitFor(HttpServerRequest request) {
        return declaredRoute(request).map(DeclaredRoute::limit).orElse(defaultLimit);
    }

    /**
     * Whether {@code request}'s route is declared to take a large body, which may then also come in chunks (its
     * length counted as it streams): the other routes take small JSON or form bodies a client knows the length of.
     */
    public boolean takesLargeBody(HttpServerRequest request) {
        return declaredRoute(request).isPresent();
    }

    private Optional<DeclaredRoute> declaredRoute(HttpServerRequest request) {
        return routes.stream().filter(route -> route.matches(request)).findFirst();
    }

    void install(@Observes Router router) {
        // Before Quarkus's own check, which would answer a body over the server's limit without a word; after the
        // HTTP authentication filters, so a route that needs a signed-in caller asks for one first.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseDeclaredOverLimit);
        // After Quarkus's check, which hands its body reader the server's limit for a body of unknown length.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::boundBodyOfUnknownLength);
    }

    private void refuseDeclaredOverLimit(RoutingContext context) {
        long limit = limitFor(context.request());
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > limit) {
            refusal.answer(context, limit);
        } else {
            context.next();
        }
    }

    private void boundBodyOfUnknownLength(RoutingContext context) {
        context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limitFor(context.request()));
        // A body refused while it still arrives (its resource counted it past a limit) is not read to its end: the
        // HTTP layer would otherwise drain it, however large, before closing.
        context.addEndHandler(ended -> {
            if (context.response().getStatusCode() == 413 && !context.request().isEnded()) {
                context.request().connection().close();
            }
        });
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP decoder refuses a malformed length before any route
        }
    }

    /** A limit as a reader counts it: 64 KiB, 50 MiB, else bytes. */
    public static String inWords(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
