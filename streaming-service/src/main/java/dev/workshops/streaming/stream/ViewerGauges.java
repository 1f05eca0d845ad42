package dev.workshops.streaming.stream;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's viewer gauges in step with the streams' states in the database, which every replica shares:
 * a stream another replica took live gets its gauge here too, at 0, within one refresh (and after a restart), and
 * a stream another replica ended stops counting viewers here. The replica that takes a stream live or ends it
 * updates its own gauge at once ({@link StreamService}); this catches up the others.
 */
@ApplicationScoped
public class ViewerGauges {

    private static final Logger LOG = Logger.getLogger(ViewerGauges.class);

    private final Viewers viewers;

    public ViewerGauges(Viewers viewers) {
        this.viewers = viewers;
    }

    @Scheduled(every = "${workshop.streaming.viewer-gauge-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(() -> Stream.<Stream>list("status", StreamService.LIVE)
                        .invoke(live -> live.forEach(stream -> viewers.live(stream.workshopId, stream.sessionId)))
                        .flatMap(live -> endedHere()))
                .onFailure().invoke(e -> LOG.warnf(e, "refreshing the viewer gauges failed; the next refresh retries"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sessions this replica counts viewers of whose stream is over (a stream never goes live again once ended). */
    private Uni<Void> endedHere() {
        List<java.util.UUID> counted = viewers.counted();
        if (counted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Stream.<Stream>list("sessionId in ?1 and status in ?2", counted, List.of(StreamService.ENDED, StreamService.RECORDING))
                .invoke(over -> over.forEach(stream -> viewers.ended(stream.sessionId)))
                .replaceWithVoid();
    }
}
