package dev.workshops.notification.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.StarChanged;
import dev.workshops.events.StreamChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.TestEvents;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.Rows;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreamNoticesTest {

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    TestClock clock;

    @Inject
    Pool database;

    @Test
    void liveNowGoesToStarringViewersOfATalkAndToEveryViewerOfAKeynoteOnce() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Streamed workshop", "Europe/Vienna", "TU Wien", now.minus(1, ChronoUnit.HOURS),
                        now.plus(2, ChronoUnit.DAYS), null, 1, WorkshopChanged.Reason.CREATED));
        String fan = "fan-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        String gone = "gone-" + UUID.randomUUID();
        register(workshop, fan, "VIRTUAL", "CONFIRMED", true, now);
        register(workshop, other, "IN_PERSON", "WAITLISTED", true, now);
        register(workshop, gone, "VIRTUAL", "CANCELLED", false, now);

        UUID talk = UUID.randomUUID();
        UUID keynote = UUID.randomUUID();
        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                new ScheduleReleased(workshop, 1, now, "Europe/Vienna",
                        List.of(session(workshop, talk, "Sparse <attention>", "TALK", now), session(workshop, keynote, "Opening keynote", "KEYNOTE", now)),
                        List.of(), null));
        for (String attendee : List.of(fan, gone)) {
            TestEvents.publish(kafka, Topics.STARS, StarChanged.keyOf(workshop, attendee), EventTypes.STAR_CHANGED, "/schedule-service",
                    new StarChanged(workshop, attendee, talk, true, 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.workshopKnown(database, workshop)
                && Rows.count(database, "SELECT count(*) AS n FROM session_projection WHERE workshop_id = $1", workshop) == 2
                && Rows.count(database, "SELECT count(*) AS n FROM star_projection WHERE workshop_id = $1", workshop) == 2
                && Rows.count(database, "SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 3);

        StreamChanged talkLive = live(workshop, talk, now);
        publish(talkLive);
        publish(talkLive);
        publish(FactBuilders.stream(workshop, talk).provider("OWNCAST").startedAt(now).endedAt(now.plusSeconds(60))
                .became(StreamChanged.Status.ENDED, StreamChanged.Reason.ENDED, 3).build());
        publish(live(workshop, keynote, now));

        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() ->
                subjects(fan).equals(List.of("Live now: Opening keynote", "Live now: Sparse <attention>"))
                        && subjects(other).equals(List.of("Live now: Opening keynote")));
        assertEquals(List.of(), subjects(gone));
        String html = MailBox.html(MailBox.to(email(fan)).stream()
                .filter(m -> MailBox.subject(m).contains("Sparse")).findFirst().orElseThrow());
        assertTrue(html.contains("Sparse &lt;attention&gt;"), html);
    }

    private void register(String workshop, String attendee, String mode, String status, boolean streamAccess, Instant now) {
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, attendee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", FactBuilders.registration(workshop, attendee).email(email(attendee))
                        .name("Viewer").mode(RegistrationChanged.Mode.valueOf(mode))
                        .status(RegistrationChanged.Status.valueOf(status)).streamAccess(streamAccess).createdAt(now)
                        .updatedAt(now).version(1, RegistrationChanged.Reason.CHECKED_IN).build());
    }

    private void publish(StreamChanged stream) {
        TestEvents.publish(kafka, Topics.STREAMS, stream.sessionId().toString(), EventTypes.STREAM_CHANGED, "/streaming-service", stream);
    }

    private static StreamChanged live(String workshop, UUID session, Instant now) {
        return FactBuilders.stream(workshop, session).provider("OWNCAST").startedAt(now).build();
    }

    private static SessionSnapshot session(String workshop, UUID id, String title, String kind, Instant startsAt) {
        return new SessionSnapshot(id, workshop, title, SessionSnapshot.Kind.valueOf(kind), startsAt, startsAt.plus(1, ChronoUnit.HOURS),
                "Hall S", List.of(),
                null, true, SessionSnapshot.Status.SCHEDULED);
    }

    private static String email(String attendee) {
        return attendee + "@bench.workshop.test";
    }

    private static List<String> subjects(String attendee) {
        return MailBox.to(email(attendee)).stream().map(MailBox::subject).sorted().toList();
    }
}
