package dev.workshops.notification.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.Rows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleNoticesTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    Pool database;

    @Test
    void aReleaseChangingThreeSessionsTellsEachPersonOnceAboutTheirOwnInTheirZone() throws Exception {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Bundled <Science>", "Europe/Vienna", "TU Wien", Instant.parse("2026-12-07T08:00:00Z"),
                        Instant.parse("2026-12-09T18:00:00Z"), null, 1, WorkshopChanged.REASON_CREATED));
        List<String> names = KeycloakUsers.createAttendees(issuer, "bundle-" + System.nanoTime(), 2);
        String attendee = Tokens.accessToken(issuer, names.get(0));
        String speaker = Tokens.accessToken(issuer, names.get(1));
        String attendeeEmail = names.get(0) + "@bench.workshop.test";
        String speakerEmail = names.get(1) + "@bench.workshop.test";
        known(workshop, attendee, attendeeEmail);
        known(workshop, speaker, speakerEmail);
        given().auth().oauth2(attendee).contentType(ContentType.JSON)
                .body(Map.of("email", true, "scheduleChanges", true, "reminders", true, "timezone", "Asia/Kolkata"))
                .when().put("/api/notifications/me/preferences").then().statusCode(200);

        UUID moved = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID updated = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        SessionSnapshot movedBefore = session(workshop, moved, "Keynote", "2026-12-07T08:00:00Z", "Hall A", null);
        SessionSnapshot cancelledBefore = session(workshop, cancelled, "Ethics", "2026-12-07T10:00:00Z", "Room 1", null);
        SessionSnapshot updatedBefore = session(workshop, updated, "Tools", "2026-12-07T12:00:00Z", "Room 2", Tokens.subjectOf(speaker));
        SessionSnapshot untouchedBefore = session(workshop, untouched, "Posters", "2026-12-07T14:00:00Z", "Foyer", null);
        release(workshop, 1, List.of(movedBefore, cancelledBefore, updatedBefore, untouchedBefore), List.of());
        for (UUID starred : List.of(moved, cancelled, untouched)) {
            TestEvents.publish(kafka, Topics.STARS, StarChanged.keyOf(workshop, Tokens.subjectOf(attendee)), EventTypes.STAR_CHANGED,
                    "/schedule-service", new StarChanged(workshop, Tokens.subjectOf(attendee), starred, true, 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> starsOf(Tokens.subjectOf(attendee)) == 3
                && sessionsOf(workshop) == 4);

        SessionSnapshot movedAfter = session(workshop, moved, "Keynote", "2026-12-08T08:00:00Z", "Hall B", null);
        SessionSnapshot cancelledAfter = new SessionSnapshot(cancelled, workshop, "Ethics", "TALK", cancelledBefore.startsAt(),
                cancelledBefore.endsAt(), "Room 1", List.of(), null, true, "CANCELLED");
        SessionSnapshot updatedAfter = session(workshop, updated, "Better tools", "2026-12-07T12:00:00Z", "Room 2", Tokens.subjectOf(speaker));
        release(workshop, 2, List.of(movedAfter, cancelledAfter, updatedAfter, untouchedBefore), List.of(
                new ScheduleChange(moved, "MOVED", movedBefore, movedAfter),
                new ScheduleChange(cancelled, "CANCELLED", cancelledBefore, cancelledAfter),
                new ScheduleChange(updated, "UPDATED", updatedBefore, updatedAfter)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> MailBox.to(attendeeEmail).size() == 1);
        MimeMessage notice = MailBox.to(attendeeEmail).getFirst();
        String text = MailBox.text(notice);
        assertEquals("Schedule changes that concern you (2 in version 2)", notice.getSubject());
        assertTrue(text.contains("Keynote: moved from Mon 7 Dec 2026, 13:30 (Asia/Kolkata) in Hall A to Tue 8 Dec 2026, 13:30 (Asia/Kolkata) in Hall B"), text);
        assertTrue(text.contains("Ethics: cancelled (it was on Mon 7 Dec 2026, 15:30 (Asia/Kolkata))"), text);
        assertFalse(text.contains("Tools") || text.contains("Posters"), text);
        Map<String, net.fortuna.ical4j.model.component.VEvent> invitations = new java.util.HashMap<>();
        MailBox.calendar(notice).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT")
                .forEach(e -> invitations.put(e.getProperty("UID").orElseThrow().getValue(), e));
        assertEquals(java.util.Set.of(moved + "@sessions.workshops", cancelled + "@sessions.workshops"), invitations.keySet());
        assertEquals("1", invitations.get(moved + "@sessions.workshops").getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("20261208T080000Z", invitations.get(moved + "@sessions.workshops").getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("CANCELLED", invitations.get(cancelled + "@sessions.workshops").getProperty("STATUS").orElseThrow().getValue());
        // The speaker hears of their own session only, in the workshop's zone (no preference saved).
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(speakerEmail).stream().anyMatch(m -> MailBox.subject(m).contains("version 2")));
        String speakerText = MailBox.to(speakerEmail).stream().filter(m -> MailBox.subject(m).contains("version 2")).findFirst().map(MailBox::text).orElseThrow();
        assertTrue(speakerText.contains("Better tools: updated") && speakerText.contains("(Europe/Vienna)"), speakerText);
        assertFalse(speakerText.contains("Keynote"), speakerText);
    }

    @Test
    void aStarAppliedBeforeTheReleaseThatAddedItsSessionTellsNothingButTheSpeakerHearsOfIt() throws Exception {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Added sessions", "Europe/Vienna", "TU Wien", Instant.parse("2026-12-07T08:00:00Z"),
                        Instant.parse("2026-12-09T18:00:00Z"), null, 1, WorkshopChanged.REASON_CREATED));
        List<String> names = KeycloakUsers.createAttendees(issuer, "added-" + System.nanoTime(), 2);
        String attendee = Tokens.accessToken(issuer, names.get(0));
        String speaker = Tokens.accessToken(issuer, names.get(1));
        String attendeeEmail = names.get(0) + "@bench.workshop.test";
        String speakerEmail = names.get(1) + "@bench.workshop.test";
        known(workshop, attendee, attendeeEmail);
        known(workshop, speaker, speakerEmail);
        UUID added = UUID.randomUUID();
        // The star travels on another topic and is applied first, as happens when the release is still on its way.
        TestEvents.publish(kafka, Topics.STARS, StarChanged.keyOf(workshop, Tokens.subjectOf(attendee)), EventTypes.STAR_CHANGED,
                "/schedule-service", new StarChanged(workshop, Tokens.subjectOf(attendee), added, true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> starsOf(Tokens.subjectOf(attendee)) == 1);

        SessionSnapshot session = session(workshop, added, "Opening", "2026-12-07T08:00:00Z", "Hall A", Tokens.subjectOf(speaker));
        release(workshop, 1, List.of(session), List.of(new ScheduleChange(added, "ADDED", null, session)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(speakerEmail).stream()
                .anyMatch(m -> MailBox.subject(m).equals("Schedule changes that concern you (1 in version 1)")));
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> MailBox.to(attendeeEmail).isEmpty());
    }

    /** Lets the service learn the person's address from a registration snapshot whose reason tells nothing. */
    private void known(String workshop, String token, String email) {
        String id = Tokens.subjectOf(token);
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, id), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", new RegistrationChanged(UUID.randomUUID(), workshop, id, email, "Person " + id.substring(0, 4),
                        null, "VIRTUAL", "CONFIRMED", null, null, true, null, null, Instant.now(), Instant.now(), 1, "CHECKED_IN"));
    }

    private void release(String workshop, long version, List<SessionSnapshot> sessions, List<ScheduleChange> changes) {
        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                new ScheduleReleased(workshop, version, Instant.now(), "Europe/Vienna", sessions, changes));
    }

    private static SessionSnapshot session(String workshop, UUID id, String title, String startsAt, String room, String speakerId) {
        Instant starts = Instant.parse(startsAt);
        return new SessionSnapshot(id, workshop, title, "TALK", starts, starts.plusSeconds(3600), room,
                speakerId == null ? List.of() : List.of(new SessionSnapshot.Speaker("Speaker", null, speakerId)), null, true, "SCHEDULED");
    }

    private long starsOf(String attendee) {
        return Rows.count(database, "SELECT count(*) AS n FROM star_projection WHERE attendee_id = $1", attendee);
    }

    private long sessionsOf(String workshop) {
        return Rows.count(database, "SELECT count(*) AS n FROM session_projection WHERE workshop_id = $1", workshop);
    }
}
