package dev.workshops.streaming.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins and viewers per session. A viewer is someone this replica redirected to the live stream since it went
 * live: the platform sees joins, not the player, so that is the closest honest count. Prometheus sums replicas;
 * {@link ViewerGauges} gives every replica the gauge of every live stream, whichever replica took it live.
 */
@ApplicationScoped
public class Viewers {

    private final MeterRegistry registry;
    private final Map<UUID, Set<String>> watching = new ConcurrentHashMap<>();

    public Viewers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The stream went live: its viewer gauge exists from now on, at 0 until someone joins. */
    public void live(String workshopId, UUID sessionId) {
        watchersOf(workshopId, sessionId);
    }

    /** Counts a join in {@code workshop_stream_joins_total}; a join of a live stream adds its viewer. */
    public void joined(String workshopId, UUID sessionId, String attendeeId, boolean live) {
        registry.counter("workshop.stream.joins", "workshop", workshopId, "session", sessionId.toString()).increment();
        if (live) {
            watchersOf(workshopId, sessionId).add(attendeeId);
        }
    }

    private Set<String> watchersOf(String workshopId, UUID sessionId) {
        return watching.computeIfAbsent(sessionId, id -> {
            Set<String> viewers = ConcurrentHashMap.newKeySet();
            Gauge.builder("workshop.stream.viewers", viewers, Set::size)
                    .description("People redirected to the live stream since it went live")
                    .tags("workshop", workshopId, "session", sessionId.toString())
                    .register(registry);
            return viewers;
        });
    }

    /** The stream ended: nobody watches it live any more. */
    public void ended(UUID sessionId) {
        Set<String> viewers = watching.get(sessionId);
        if (viewers != null) {
            viewers.clear();
        }
    }

    /** The sessions this replica has a viewer gauge for, with at least one viewer. */
    public List<UUID> counted() {
        return watching.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public int of(UUID sessionId) {
        Set<String> viewers = watching.get(sessionId);
        return viewers == null ? 0 : viewers.size();
    }
}
