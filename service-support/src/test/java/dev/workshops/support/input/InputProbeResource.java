package dev.workshops.support.input;

import dev.workshops.support.paging.PageRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

/** Endpoints that take each kind of input a service takes, for {@link InputHardeningTest}. */
@Path("/input-probe")
@PermitAll
public class InputProbeResource {

    public enum Mode { IN_PERSON, VIRTUAL }

    public record Body(String text, Mode mode, Integer count, Instant at) {
    }

    @POST
    public Body echo(Body body) {
        return body;
    }

    /** As the services read bodies: without a worker thread, the whole body first. */
    @POST
    @Path("reactive")
    public Uni<Body> echoReactively(Body body) {
        return Uni.createFrom().item(body);
    }

    /** As an upload is read: streamed on a worker thread, its length unknown until it ends. */
    @PUT
    @Path("uploads/{name}")
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Map<String, Long> upload(@PathParam("name") String name, InputStream body) throws IOException {
        return Map.of("bytes", body.transferTo(OutputStream.nullOutputStream()));
    }

    @GET
    @Path("texts/{name}")
    public Map<String, String> text(@PathParam("name") String name, @QueryParam("q") String q) {
        return Map.of("name", name, "q", String.valueOf(q));
    }

    @GET
    @Path("pages")
    public Map<String, Integer> page(@BeanParam @Valid PageRequest page) {
        return Map.of("page", page.page, "size", page.size);
    }

    @GET
    @Path("flags")
    public Map<String, Boolean> flags(@QueryParam("on") Boolean on, @QueryParam("off") boolean off) {
        return Map.of("on", on != null && on, "off", off);
    }

    @GET
    @Path("me")
    @Authenticated
    public String me(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }
}
