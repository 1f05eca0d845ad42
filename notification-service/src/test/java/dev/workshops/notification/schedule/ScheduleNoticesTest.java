package dev.workshops.notification.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.notification.TestFacts.Person;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleNoticesTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CALENDAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    private Instant day;
    private String workshop;
    private Person attendee;
    private Person speaker;

    /** A workshop with an attendee and a speaker whose addresses the service has learnt (from snapshots that tell nothing). */
    @BeforeEach
    void attendeeAndSpeaker() {
        day = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30));
        workshop = facts.workshop("Bundled <Science>", day.plus(Duration.ofHours(8)), day.plus(Duration.ofHours(66)));
        List<Person> people = facts.people("notice", 2);
        people.forEach(person -> facts.registered(workshop, person, "VIRTUAL", "CONFIRMED"));
        attendee = people.get(0);
        speaker = people.get(1);
    }

    @Test
    void aReleaseChangingThreeSessionsTellsEachPersonOnceAboutTheirOwnInTheirZone() throws Exception {
        given().auth().oauth2(attendee.token()).contentType(ContentType.JSON)
                .body(Map.of("email", true, "scheduleChanges", true, "reminders", true, "timezone", "Asia/Kolkata"))
                .when().put("/api/notifications/me/preferences").then().statusCode(200);

        UUID moved = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID updated = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        SessionSnapshot movedBefore = session(workshop, moved, "Keynote", day.plus(Duration.ofHours(8)), "Hall A", null);
        // The cancelled session presents an accepted paper: its starrers are told as for any session.
        List<SessionSnapshot.Paper> paper = List.of(new SessionSnapshot.Paper(UUID.randomUUID(), null, "Ethics",
                List.of(new SessionSnapshot.PaperAuthor("Ada Lovelace", "TU Wien")), null));
        SessionSnapshot plain = session(workshop, cancelled, "Ethics", day.plus(Duration.ofHours(10)), "Room 1", null);
        SessionSnapshot cancelledBefore = new SessionSnapshot(cancelled, workshop, "Ethics", SessionSnapshot.Kind.TALK, plain.startsAt(),
                plain.endsAt(), "Room 1", List.of(), null, true, SessionSnapshot.Status.SCHEDULED, paper);
        SessionSnapshot updatedBefore = session(workshop, updated, "Tools", day.plus(Duration.ofHours(12)), "Room 2", speaker.id());
        SessionSnapshot untouchedBefore = session(workshop, untouched, "Posters", day.plus(Duration.ofHours(14)), "Foyer", null);
        release(workshop, 1, List.of(movedBefore, cancelledBefore, updatedBefore, untouchedBefore), List.of());
        for (UUID starred : List.of(moved, cancelled, untouched)) {
            facts.publish(Topics.STARS, StarChanged.keyOf(workshop, attendee.id()), EventTypes.STAR_CHANGED,
                    "/schedule-service", new StarChanged(workshop, attendee.id(), starred, true, 1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> starsOf(attendee.id()) == 3
                && sessionsOf(workshop) == 4);

        SessionSnapshot movedAfter = session(workshop, moved, "Keynote", day.plus(Duration.ofHours(32)), "Hall B", null);
        SessionSnapshot cancelledAfter = new SessionSnapshot(cancelled, workshop, "Ethics", SessionSnapshot.Kind.TALK, cancelledBefore.startsAt(),
                cancelledBefore.endsAt(), "Room 1", List.of(), null, true, SessionSnapshot.Status.CANCELLED, paper);
        SessionSnapshot updatedAfter = session(workshop, updated, "Better tools", day.plus(Duration.ofHours(12)), "Room 2", speaker.id());
        release(workshop, 2, List.of(movedAfter, cancelledAfter, updatedAfter, untouchedBefore), List.of(
                new ScheduleChange(moved, ScheduleChange.Type.MOVED, movedBefore, movedAfter),
                new ScheduleChange(cancelled, ScheduleChange.Type.CANCELLED, cancelledBefore, cancelledAfter),
                new ScheduleChange(updated, ScheduleChange.Type.UPDATED, updatedBefore, updatedAfter)));

        List<MimeMessage> mail = facts.settledMail(attendee.email());
        assertEquals(1, mail.size(), "one notice for the whole release");
        MimeMessage notice = mail.getFirst();
        String text = MailBox.text(notice);
        assertEquals("Schedule changes that concern you (2 in version 2)", notice.getSubject());
        assertTrue(text.contains("Keynote: moved from " + inKolkata(movedBefore.startsAt()) + " in Hall A to "
                + inKolkata(movedAfter.startsAt()) + " in Hall B"), text);
        assertTrue(text.contains("Ethics: cancelled (it was on " + inKolkata(cancelledBefore.startsAt()) + ")"), text);
        assertFalse(text.contains("Tools") || text.contains("Posters"), text);
        Map<String, net.fortuna.ical4j.model.component.VEvent> invitations = new java.util.HashMap<>();
        MailBox.calendar(notice).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT")
                .forEach(e -> invitations.put(e.getProperty("UID").orElseThrow().getValue(), e));
        assertEquals(java.util.Set.of(moved + "@sessions.workshops", cancelled + "@sessions.workshops"), invitations.keySet());
        assertEquals("1", invitations.get(moved + "@sessions.workshops").getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals(CALENDAR_TIME.format(movedAfter.startsAt()), invitations.get(moved + "@sessions.workshops").getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("CANCELLED", invitations.get(cancelled + "@sessions.workshops").getProperty("STATUS").orElseThrow().getValue());
        // The speaker hears of their own session only, in the workshop's zone (no preference saved).
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(speaker.email()).stream().anyMatch(m -> MailBox.subject(m).contains("version 2")));
        String speakerText = MailBox.to(speaker.email()).stream().filter(m -> MailBox.subject(m).contains("version 2")).findFirst().map(MailBox::text).orElseThrow();
        assertTrue(speakerText.contains("Better tools: updated") && speakerText.contains("(Europe/Vienna)"), speakerText);
        assertFalse(speakerText.contains("Keynote"), speakerText);
    }

    @Test
    void aStarAppliedBeforeTheReleaseThatAddedItsSessionTellsNothingButTheSpeakerHearsOfIt() throws Exception {
        UUID added = UUID.randomUUID();
        // The star travels on another topic and is applied first, as happens when the release is still on its way.
        facts.publish(Topics.STARS, StarChanged.keyOf(workshop, attendee.id()), EventTypes.STAR_CHANGED,
                "/schedule-service", new StarChanged(workshop, attendee.id(), added, true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> starsOf(attendee.id()) == 1);

        SessionSnapshot session = session(workshop, added, "Opening", day.plus(Duration.ofHours(8)), "Hall A", speaker.id());
        release(workshop, 1, List.of(session), List.of(new ScheduleChange(added, ScheduleChange.Type.ADDED, null, session)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(speaker.email()).stream()
                .anyMatch(m -> MailBox.subject(m).equals("Schedule changes that concern you (1 in version 1)")));
        // The speaker's notice and any for the attendee are recorded in the same transaction.
        assertEquals(0, facts.noticesOf(attendee));
        assertTrue(MailBox.to(attendee.email()).isEmpty());
    }

    private void release(String workshop, long version, List<SessionSnapshot> sessions, List<ScheduleChange> changes) {
        facts.publish(Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                new ScheduleReleased(workshop, version, clock.instant(), "Europe/Vienna", sessions, changes, null));
    }

    private static String inKolkata(Instant instant) {
        return SHOWN.format(instant.atZone(ZoneId.of("Asia/Kolkata"))) + " (Asia/Kolkata)";
    }

    private static SessionSnapshot session(String workshop, UUID id, String title, Instant starts, String room, String speakerId) {
        return new SessionSnapshot(id, workshop, title, SessionSnapshot.Kind.TALK, starts, starts.plusSeconds(3600), room,
                speakerId == null ? List.of() : List.of(new SessionSnapshot.Speaker("Speaker", null, speakerId)), null, true, SessionSnapshot.Status.SCHEDULED);
    }

    private long starsOf(String attendee) {
        return facts.count("SELECT count(*) AS n FROM star_projection WHERE attendee_id = $1", attendee);
    }

    private long sessionsOf(String workshop) {
        return facts.count("SELECT count(*) AS n FROM session_projection WHERE workshop_id = $1", workshop);
    }
}
