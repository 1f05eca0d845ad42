package dev.workshops.support.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links this service hands out (a watch link, a calendar feed, the {@code Location} of what a request created),
 * built on its configured public address ({@code workshop.public-base-url}), never on the request's {@code Host} header: a client chooses that header, and
 * a link built from it and kept by a cache or a careless proxy would send other people to the client's host.
 */
@ApplicationScoped
public class PublicLinks {

    private final URI base;

    public PublicLinks(@ConfigProperty(name = "workshop.public-base-url") URI base) {
        this.base = base;
    }

    /** {@code template} is a path from the base, e.g. {@code /watch/{token}}; each value is percent-encoded. */
    public String to(String template, Object... values) {
        return at(template, values).toString();
    }

    /** The same as a URI, e.g. for {@code Response.created}. */
    public URI at(String template, Object... values) {
        return UriBuilder.fromUri(base).path(template).build(values);
    }
}
