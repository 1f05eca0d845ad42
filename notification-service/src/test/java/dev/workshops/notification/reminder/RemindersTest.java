package dev.workshops.notification.reminder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.MentoringBookingChanged;
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
import io.vertx.mutiny.sqlclient.Pool;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemindersTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    Pool database;

    @Test
    void aStarredSessionMovedByALaterReleaseIsRemindedOnceAtItsNewTime() throws Exception {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Reminded workshop", "Europe/Vienna", "TU Wien", now.minus(1, ChronoUnit.DAYS),
                        now.plus(2, ChronoUnit.DAYS), null, 1, WorkshopChanged.REASON_CREATED));
        String name = KeycloakUsers.createAttendees(issuer, "remind-" + System.nanoTime(), 1).getFirst();
        String attendee = Tokens.subjectOf(Tokens.accessToken(issuer, name));
        String email = name + "@bench.workshop.test";
        // A snapshot whose reason tells nothing: the service learns the address only.
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, attendee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", new RegistrationChanged(UUID.randomUUID(), workshop, attendee, email, "Rita", null, "VIRTUAL",
                        "CONFIRMED", null, null, true, null, null, now, now, 1, "CHECKED_IN"));

        UUID session = UUID.randomUUID();
        SessionSnapshot later = session(workshop, session, now.plus(2, ChronoUnit.HOURS));
        release(workshop, 1, later, List.of());
        TestEvents.publish(kafka, Topics.STARS, StarChanged.keyOf(workshop, attendee), EventTypes.STAR_CHANGED, "/schedule-service",
                new StarChanged(workshop, attendee, session, true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) AS n FROM star_projection WHERE session_id = $1", session) == 1
                && count("SELECT count(*) AS n FROM session_projection WHERE session_id = $1", session) == 1
                && Rows.workshopKnown(database, workshop));

        Instant soon = now.plus(5, ChronoUnit.MINUTES);
        SessionSnapshot moved = session(workshop, session, soon);
        release(workshop, 2, moved, List.of(new ScheduleChange(session, "MOVED", later, moved)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> reminders(email).size() == 1);
        String expected = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(soon.atZone(ZoneId.of("Europe/Vienna")));
        String text = MailBox.text(reminders(email).getFirst());
        assertTrue(text.contains("starts at " + expected + " (Europe/Vienna) in Hall R"), text);
    }

    @Test
    void mentoringIsToldWhenBookedAndRemindedToBothSidesAndTheWorkshopToConfirmedAttendees() {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Tomorrow's workshop", "Europe/Vienna", "TU Wien", now.plus(2, ChronoUnit.HOURS),
                        now.plus(2, ChronoUnit.DAYS), null, 1, WorkshopChanged.REASON_CREATED));
        List<String> names = KeycloakUsers.createAttendees(issuer, "mentee-" + System.nanoTime(), 2);
        String mentee = Tokens.subjectOf(Tokens.accessToken(issuer, names.get(0)));
        String menteeEmail = names.get(0) + "@bench.workshop.test";
        String mentorEmail = names.get(1) + "@bench.workshop.test";
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.workshopKnown(database, workshop));
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, mentee), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", new RegistrationChanged(UUID.randomUUID(), workshop, mentee, menteeEmail, "Mia", null, "IN_PERSON",
                        "CONFIRMED", null, null, true, null, null, now, now, 1, "CHECKED_IN"));

        UUID booking = UUID.randomUUID();
        MentoringBookingChanged.Slot slot = new MentoringBookingChanged.Slot(UUID.randomUUID(), "mentor-" + booking, mentorEmail, "Max",
                now.plus(5, ChronoUnit.MINUTES), now.plus(35, ChronoUnit.MINUTES), "Career paths", "IN_PERSON", "Room M");
        TestEvents.publish(kafka, Topics.MENTORING_BOOKINGS, booking.toString(), EventTypes.MENTORING_BOOKING_CHANGED, "/schedule-service",
                new MentoringBookingChanged(booking, workshop, mentee, menteeEmail, "Mia", "BOOKED", slot, 1, MentoringBookingChanged.REASON_BOOKED));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(menteeEmail).containsAll(List.of(
                "Mentoring booked: Career paths", "Mentoring soon: Career paths with Max", "Tomorrow's workshop starts tomorrow")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> subjects(mentorEmail).contains("Mentoring soon: Career paths with Mia"));

        TestEvents.publish(kafka, Topics.MENTORING_BOOKINGS, booking.toString(), EventTypes.MENTORING_BOOKING_CHANGED, "/schedule-service",
                new MentoringBookingChanged(booking, workshop, mentee, menteeEmail, "Mia", "CANCELLED", slot, 2,
                        MentoringBookingChanged.REASON_CANCELLED_BY_MENTOR));
        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> subjects(menteeEmail).equals(List.of(
                "Mentoring booked: Career paths", "Mentoring soon: Career paths with Max", "Tomorrow's workshop starts tomorrow",
                "Mentoring cancelled: Career paths").stream().sorted().toList()));
        assertTrue(MailBox.text(MailBox.to(menteeEmail).stream().filter(m -> MailBox.subject(m).startsWith("Mentoring cancelled"))
                .findFirst().orElseThrow()).contains("Max had to cancel"));
    }

    private static List<String> subjects(String email) {
        return MailBox.to(email).stream().map(MailBox::subject).sorted().toList();
    }

    private static List<MimeMessage> reminders(String email) {
        return MailBox.to(email).stream().filter(m -> MailBox.subject(m).startsWith("Starting soon")).toList();
    }

    private long count(String sql, UUID session) {
        return Rows.count(database, sql, session);
    }

    private void release(String workshop, long version, SessionSnapshot session, List<ScheduleChange> changes) {
        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                new ScheduleReleased(workshop, version, Instant.now(), "Europe/Vienna", List.of(session), changes));
    }

    private static SessionSnapshot session(String workshop, UUID id, Instant startsAt) {
        return new SessionSnapshot(id, workshop, "Reproducibility clinic", "TALK", startsAt, startsAt.plus(1, ChronoUnit.HOURS),
                "Hall R", List.of(), null, true, "SCHEDULED");
    }
}
