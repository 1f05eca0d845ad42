package dev.workshops.portal.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a form sent from another site before any page code runs: a POST whose {@code Origin} (or, lacking it,
 * {@code Referer}) is not this portal. A POST that says where it comes from by neither (a sandboxed frame sends
 * {@code Origin: null}) is refused too: browsers send one of them with every form. The per-form token
 * ({@link Forms#check}) is the second line.
 */
public class FormGuard {

    @ServerRequestFilter
    public Response sameOrigin(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        URI self = request.getUriInfo().getBaseUri();
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            origin = originOfReferer(request.getHeaderString("Referer"));
        }
        if (origin == null || !origin.equalsIgnoreCase(originOf(self))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("This form was sent from another site and was refused.").build();
        }
        return null;
    }

    private static String originOfReferer(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            return uri.getScheme() == null || uri.getHost() == null ? null : originOf(uri);
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    static String originOf(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80) || ("https".equals(uri.getScheme()) && port == 443);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}
