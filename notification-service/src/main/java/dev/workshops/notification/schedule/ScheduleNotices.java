package dev.workshops.notification.schedule;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.notification.delivery.Deliveries;
import dev.workshops.notification.message.Messages;
import dev.workshops.notification.message.PortalPage;
import dev.workshops.notification.recipient.Recipient;
import dev.workshops.support.calendar.CalendarWriter;
import dev.workshops.support.calendar.SessionEntries;
import dev.workshops.support.events.EventConsumer;
import dev.workshops.support.sessions.SessionReleases;
import dev.workshops.support.workshops.KnownWorkshop;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A schedule release: keeps the session projection ({@link SessionReleases}) current and sends each affected person (who starred a changed
 * session, or speaks at one) <em>one</em> notice listing that release's changes that concern them, in their zone.
 */
@ApplicationScoped
public class ScheduleNotices {

    static final String KIND = "schedule-changed";

    private final EventConsumer events;
    private final SessionReleases releases;
    private final Messages messages;
    private final Deliveries deliveries;
    private final Clock clock;

    public ScheduleNotices(EventConsumer events, SessionReleases releases, Messages messages, Deliveries deliveries, Clock clock) {
        this.events = events;
        this.releases = releases;
        this.messages = messages;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Incoming("schedule-releases")
    public Uni<Void> consume(Message<String> message) {
        return events.consume(message, EventTypes.SCHEDULE_RELEASED, ScheduleReleased.class, this::apply);
    }

    Uni<Void> apply(ScheduleReleased release) {
        return releases.apply(release).flatMap(released -> {
            if (released.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Map<UUID, Integer> sequences = released.get().stream().collect(Collectors.toMap(s -> s.sessionId, s -> s.sequence));
            return KnownWorkshop.summaryOf(release.workshopId(), release.workshop())
                    .flatMap(workshop -> affected(release).flatMap(byPerson -> deliveries.tellEach(byPerson.entrySet(),
                            entry -> tell(release, Messages.workshopName(workshop), entry.getKey(),
                                    entry.getValue(), sequences))));
        });
    }

    /** Each affected person and the changes that concern them, in the release's order. */
    private static Uni<Map<String, List<ScheduleChange>>> affected(ScheduleReleased release) {
        // A session ADDED by this release could not have been starred before it: a star found on one was made
        // after the person saw the release (topics are not ordered, so the star can be applied first here).
        List<UUID> starrable = release.changes().stream().filter(change -> change.type() != ScheduleChange.Type.ADDED)
                .map(ScheduleChange::sessionId).toList();
        Uni<List<StarredSession>> starred = starrable.isEmpty() ? Uni.createFrom().item(List.of())
                : StarredSession.list("sessionId in ?1", starrable);
        return starred.map(stars -> {
            Map<String, Set<UUID>> sessionsByPerson = new TreeMap<>();
            stars.forEach(star -> sessionsByPerson.computeIfAbsent(star.attendeeId, k -> new HashSet<>()).add(star.sessionId));
            for (ScheduleChange change : release.changes()) {
                for (SessionSnapshot side : Arrays.asList(change.before(), change.after())) {
                    if (side == null) {
                        continue;
                    }
                    side.speakers().stream().map(SessionSnapshot.Speaker::userId).filter(Objects::nonNull)
                            .forEach(speaker -> sessionsByPerson.computeIfAbsent(speaker, k -> new HashSet<>()).add(change.sessionId()));
                }
            }
            Map<String, List<ScheduleChange>> byPerson = new LinkedHashMap<>();
            sessionsByPerson.forEach((person, sessions) -> byPerson.put(person,
                    release.changes().stream().filter(c -> sessions.contains(c.sessionId())).toList()));
            return byPerson;
        });
    }

    private Uni<Void> tell(ScheduleReleased release, String title, String person, List<ScheduleChange> changes,
            Map<UUID, Integer> sequences) {
        return Recipient.<Recipient>findById(person).flatMap(recipient -> deliveries.zoneOf(person, ZoneId.of(release.timezone()))
                .flatMap(zone -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("name", recipient == null || recipient.name == null ? "there" : recipient.name);
                    data.put("workshop", title);
                    data.put("version", release.version());
                    data.put("changes", changes.stream().map(change -> ChangeLines.of(change, zone)).toList());
                    Messages.Message rendered = messages.render(KIND, data).withCalendar(CalendarWriter.write(title, clock.instant(), changes.stream()
                            .map(c -> SessionEntries.of(c.after() != null ? c.after() : c.before(), sequences.getOrDefault(c.sessionId(), 0), null))
                            .toList())).about(release.workshop(), PortalPage.schedule(release.workshopId()));
                    return deliveries.notify(person, recipient == null ? null : recipient.email, release.workshopId(),
                            Deliveries.Concern.SCHEDULE_CHANGES, KIND, "release/" + release.workshopId() + "/v" + release.version(),
                            release.releasedAt(), rendered);
                }));
    }
}
