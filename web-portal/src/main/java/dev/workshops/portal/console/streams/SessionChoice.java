package dev.workshops.portal.console.streams;

import dev.workshops.portal.streams.StreamListing;
import dev.workshops.portal.web.Times;
import dev.workshops.portal.workshops.Schedule;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A session a stream may be attached to: released, streamed and not cancelled (what streaming-service accepts), in
 * time order, with whether it has a stream already (attaching again replaces its addresses).
 */
public record SessionChoice(UUID id, String label, boolean hasStream) {

    /** The option's value, as the form sends it back. */
    public String value() {
        return id.toString();
    }

    static List<SessionChoice> of(Schedule release, List<StreamListing> streams, ZoneId zone) {
        if (release == null) {
            return List.of();
        }
        Set<UUID> streamed = streams.stream().map(StreamListing::sessionId).collect(Collectors.toSet());
        return release.sessions().stream().filter(s -> s.streamed() && !s.cancelled())
                .map(s -> new SessionChoice(s.id(), Times.at(s.startsAt(), zone) + " · " + s.title() + " (" + s.room() + ")",
                        streamed.contains(s.id())))
                .toList();
    }
}
