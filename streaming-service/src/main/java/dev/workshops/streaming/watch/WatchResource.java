package dev.workshops.streaming.watch;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Following a watch link: the token is the credential. */
@Path("/watch/{token}")
@PermitAll
public class WatchResource {

    private final WatchService watching;

    public WatchResource(WatchService watching) {
        this.watching = watching;
    }

    @GET
    public Uni<Response> follow(@PathParam("token") String token) {
        return watching.follow(token).map(target -> Response.status(Response.Status.FOUND).location(target)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build());
    }
}
