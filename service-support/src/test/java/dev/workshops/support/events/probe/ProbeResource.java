package dev.workshops.support.events.probe;

import dev.workshops.support.events.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** A state change per call, its fact recorded through the outbox in the same transaction. */
@Path("/probe")
@PermitAll
public class ProbeResource {

    private final Outbox outbox;
    private final Clock clock;

    public ProbeResource(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @POST
    @Path("{key}")
    @WithTransaction
    public Uni<Integer> increment(@PathParam("key") String key) {
        return incrementOnce(key);
    }

    /** {@code changes} rounds over keys {@code prefix0..prefix(keys-1)}, all in one transaction. */
    @POST
    @Path("{prefix}/batch")
    @WithTransaction
    public Uni<Long> incrementMany(@PathParam("prefix") String prefix, @QueryParam("keys") int keys,
            @QueryParam("changes") int changes) {
        return Multi.createFrom().range(0, keys * changes)
                .onItem().transformToUniAndConcatenate(i -> incrementOnce(prefix + (i % keys)))
                .collect().with(Collectors.counting());
    }

    /** Changes {@code first}, waits two seconds holding its lock (long enough for a concurrent request to take its first lock), then changes {@code second}. */
    @POST
    @Path("{first}/then/{second}")
    @WithTransaction
    public Uni<Integer> incrementBoth(@PathParam("first") String first, @PathParam("second") String second) {
        return incrementOnce(first)
                .flatMap(held -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT 1 FROM pg_sleep(2)", Integer.class).getSingleResult()))
                .flatMap(slept -> incrementOnce(second));
    }

    /** Holds a database connection for {@code millis} inside a transaction, as a slow request would. */
    @POST
    @Path("hold")
    @WithTransaction
    public Uni<Integer> hold(@QueryParam("millis") int millis) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT 1 FROM pg_sleep(?1)", Integer.class)
                .setParameter(1, millis / 1000.0).getSingleResult());
    }

    private Uni<Integer> incrementOnce(String key) {
        return ProbeCounter.<ProbeCounter>findById(key, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(held -> {
                    ProbeCounter counter = held;
                    if (counter == null) {
                        counter = new ProbeCounter();
                        counter.key = key;
                    }
                    counter.value += 1;
                    ProbeCounter changed = counter;
                    return changed.persist().flatMap(saved -> outbox.record(ProbeChanged.TOPIC, key, ProbeChanged.TYPE,
                            key, new ProbeChanged(key, changed.value, clock.instant(), ProbeChanged.Origin.SINGLE)))
                        .replaceWith(changed.value);
                });
    }

    /** The values the consumer applied for a key, in the order it applied them. */
    @GET
    @Path("{key}/effects")
    public Uni<List<Integer>> effects(@PathParam("key") String key) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT value FROM probe_effect WHERE probe_key = ?1 ORDER BY id", Integer.class)
                .setParameter(1, key).getResultList()));
    }

    /** Milliseconds from each change to its effect on the consumer, for keys starting with a prefix. */
    @GET
    @Path("latencies/{prefix}")
    public Uni<List<Double>> latencies(@PathParam("prefix") String prefix) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT extract(epoch FROM applied_at - changed_at) * 1000 FROM probe_effect "
                        + "WHERE probe_key LIKE ?1 ORDER BY 1", Double.class)
                .setParameter(1, prefix + "%").getResultList()));
    }
}
