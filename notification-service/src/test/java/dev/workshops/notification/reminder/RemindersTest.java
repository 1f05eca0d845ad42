package dev.workshops.notification.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.MentoringBookingChanged;
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
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemindersTest {

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void aStarredSessionMovedByALaterReleaseIsRemindedOnceAtItsNewTime() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String workshop = facts.workshop("Reminded workshop", now.minus(1, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS));
        Person person = facts.people("remind", 1).getFirst();
        String attendee = person.id();
        String email = person.email();
        // A snapshot whose reason tells nothing: the service learns the address only.
        facts.registered(workshop, person, "VIRTUAL", "CONFIRMED");

        UUID session = UUID.randomUUID();
        SessionSnapshot later = session(workshop, session, now.plus(2, ChronoUnit.HOURS));
        release(workshop, 1, later, List.of());
        facts.publish(Topics.STARS, StarChanged.keyOf(workshop, attendee), EventTypes.STAR_CHANGED, "/schedule-service",
                new StarChanged(workshop, attendee, session, true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) AS n FROM star_projection WHERE session_id = $1", session) == 1
                && count("SELECT count(*) AS n FROM session_projection WHERE session_id = $1", session) == 1
                && facts.workshopKnown(workshop));

        // Moved before its first time came; then the clock passes the old time and nears the new one.
        Instant movedTo = now.plus(4, ChronoUnit.HOURS);
        SessionSnapshot moved = session(workshop, session, movedTo);
        release(workshop, 2, moved, List.of(new ScheduleChange(session, ScheduleChange.Type.MOVED, later, moved)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "SELECT count(*) AS n FROM session_projection WHERE session_id = $1 AND release_version = 2", session) == 1);
        clock.advance(Duration.between(now, movedTo.minus(5, ChronoUnit.MINUTES)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(MailBox.to(email)).size() == 1);
        assertEquals(1, reminders(facts.settledMail(email)).size());
        String expected = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(movedTo.atZone(ZoneId.of("Europe/Vienna")));
        String text = MailBox.text(reminders(MailBox.to(email)).getFirst());
        assertTrue(text.contains("starts at " + expected + " (Europe/Vienna) in Hall R"), text);
    }

    @Test
    void mentoringIsToldWhenBookedAndRemindedToBothSidesAndTheWorkshopToConfirmedAttendees() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String workshop = facts.workshop("Tomorrow's workshop", now.plus(26, ChronoUnit.HOURS), now.plus(3, ChronoUnit.DAYS));
        List<Person> people = facts.people("mentee", 2);
        String mentee = people.get(0).id();
        String menteeEmail = people.get(0).email();
        String mentorEmail = people.get(1).email();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop));
        facts.registered(workshop, people.get(0), "IN_PERSON", "CONFIRMED");

        UUID booking = UUID.randomUUID();
        MentoringBookingChanged.Slot slot = new MentoringBookingChanged.Slot(UUID.randomUUID(), "mentor-" + booking, mentorEmail, "Max",
                now.plus(1, ChronoUnit.HOURS), now.plus(90, ChronoUnit.MINUTES), "Career paths", "IN_PERSON", "Room M");
        facts.publish(Topics.MENTORING_BOOKINGS, booking.toString(), EventTypes.MENTORING_BOOKING_CHANGED, "/schedule-service",
                new MentoringBookingChanged(booking, workshop, mentee, menteeEmail, "Mia", MentoringBookingChanged.Status.BOOKED, slot, 1, MentoringBookingChanged.Reason.BOOKED, null));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(menteeEmail).contains("Mentoring booked: Career paths"));
        // 10 minutes before the slot its reminders are due (15 minutes ahead); 23 hours before the workshop, its reminder (24 hours).
        clock.advance(Duration.ofMinutes(50));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(menteeEmail).contains("Mentoring soon: Career paths with Max"));
        clock.advance(Duration.ofHours(2));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(menteeEmail).containsAll(List.of(
                "Mentoring booked: Career paths", "Mentoring soon: Career paths with Max", "Tomorrow's workshop starts tomorrow")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(mentorEmail).contains("Mentoring soon: Career paths with Mia"));

        facts.publish(Topics.MENTORING_BOOKINGS, booking.toString(), EventTypes.MENTORING_BOOKING_CHANGED, "/schedule-service",
                new MentoringBookingChanged(booking, workshop, mentee, menteeEmail, "Mia", MentoringBookingChanged.Status.CANCELLED, slot, 2,
                        MentoringBookingChanged.Reason.CANCELLED_BY_MENTOR, null));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(menteeEmail).contains("Mentoring cancelled: Career paths"));
        assertEquals(List.of("Mentoring booked: Career paths", "Mentoring soon: Career paths with Max", "Tomorrow's workshop starts tomorrow",
                "Mentoring cancelled: Career paths").stream().sorted().toList(), facts.settledMail(menteeEmail).stream().map(MailBox::subject).sorted().toList());
        assertTrue(MailBox.text(MailBox.to(menteeEmail).stream().filter(m -> MailBox.subject(m).startsWith("Mentoring cancelled"))
                .findFirst().orElseThrow()).contains("Max had to cancel"));
    }

    private static List<String> subjects(String email) {
        return MailBox.to(email).stream().map(MailBox::subject).sorted().toList();
    }

    private static List<MimeMessage> reminders(List<MimeMessage> mail) {
        return mail.stream().filter(m -> MailBox.subject(m).startsWith("Starting soon")).toList();
    }

    private long count(String sql, UUID session) {
        return facts.count(sql, session);
    }

    private void release(String workshop, long version, SessionSnapshot session, List<ScheduleChange> changes) {
        facts.publish(Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                new ScheduleReleased(workshop, version, clock.instant(), "Europe/Vienna", List.of(session), changes, null));
    }

    private static SessionSnapshot session(String workshop, UUID id, Instant startsAt) {
        return new SessionSnapshot(id, workshop, "Reproducibility clinic", SessionSnapshot.Kind.TALK, startsAt,
                startsAt.plus(1, ChronoUnit.HOURS),
                "Hall R", List.of(), null, true, SessionSnapshot.Status.SCHEDULED);
    }
}
