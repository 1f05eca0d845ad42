package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.events.Topics;
import dev.workshops.infra.Api;
import dev.workshops.infra.TestEvents;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A workshop day played through the four services' public APIs only, each service its own process: every step
 * a person takes and what every other service makes of it, through Kafka, down to the emails and the feed.
 */
class WorkshopDayIT {

    private static final String PLAYBACK = "https://video.example.org/keynote.m3u8";

    @Test
    void aWorkshopDayFromRegistrationToCheckIn() {
        // The organizer sets the workshop up: two in-person seats, a keynote starting soon, a talk this afternoon.
        WorkshopDay day = new WorkshopDay("Foundation Models at the Frontier", 2);
        Instant keynoteAt = day.now.plus(5, ChronoUnit.MINUTES);
        Instant talkAt = day.now.plus(3, ChronoUnit.HOURS);
        UUID keynote = day.addSession("Opening keynote", "KEYNOTE", keynoteAt, "Hall A");
        UUID talk = day.addSession("Scaling laws, revisited", "TALK", talkAt, "Room 2");
        assertEquals(1, day.release().path("version").asInt());
        UUID slot = day.openMentoringSlot(day.token("mike"), day.now.plus(5, ChronoUnit.HOURS), 1);

        // Attendees register: two seats, then the waitlist; one online.
        List<String> usernames = day.newAttendees("day", 5);
        Person first = new Person(day, usernames.get(0));
        Person second = new Person(day, usernames.get(1));
        Person third = new Person(day, usernames.get(2));
        Person fourth = new Person(day, usernames.get(3));
        Person online = new Person(day, usernames.get(4));
        assertEquals("CONFIRMED", day.register(first.token, "IN_PERSON").path("status").asText());
        assertEquals("CONFIRMED", day.register(second.token, "IN_PERSON").path("status").asText());
        JsonNode waiting = day.register(third.token, "IN_PERSON");
        assertEquals("WAITLISTED", waiting.path("status").asText());
        assertEquals(1, waiting.path("waitlistPosition").asInt());
        assertTrue(waiting.path("streamAccess").asBoolean(), "waitlisted in person watches meanwhile");
        assertEquals(2, day.register(fourth.token, "IN_PERSON").path("waitlistPosition").asInt());
        assertEquals("CONFIRMED", day.register(online.token, "VIRTUAL").path("status").asText());

        // Someone cancels: the head of the waitlist gets the seat, the next moves up.
        day.cancel(first.token);
        assertEquals("CONFIRMED", day.registrationOf(third.token).path("status").asText());
        assertEquals(1, day.registrationOf(fourth.token).path("waitlistPosition").asInt());

        // Stars and mentoring: one seat, so the second booking is refused.
        day.star(third.token, talk);
        day.star(online.token, talk);
        day.book(online.token, slot);
        assertEquals(409, day.tryToBook(fourth.token, slot).status());

        // Stars and releases travel on different topics: notification-service must have read the stars before the
        // release that concerns them, as it would have long before in practice. First the two stars must be on the
        // topic (schedule-service's outbox publishes them after answering), then read to the end.
        Awaitility.await("the stars are published").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> TestEvents.readAll(day.platform.kafka, Topics.STARS).stream()
                        .filter(star -> star.key().startsWith(day.id + "/")).count() >= 2);
        Awaitility.await("notification-service has read the stars").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> TestEvents.consumedToTheEnd(day.platform.kafka, "notification-service", Topics.STARS));

        // The organizer moves the starred talk and releases again: one change, told to those who starred it.
        day.moveSession(talk, "Scaling laws, revisited", "TALK", talkAt.plus(1, ChronoUnit.HOURS), "Room 3");
        JsonNode release = day.release();
        assertEquals(2, release.path("version").asInt());
        assertEquals(List.of("MOVED"), release.path("changes").findValuesAsText("type"));

        // Topics are not ordered with each other: the live-now notice goes to whoever notification-service holds as
        // registered when it hears of the stream, so the first cancellation must have reached it by then.
        Awaitility.await("the cancellation reaches notification-service").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> first.feedSubjects().contains("Your registration for Foundation Models at the Frontier is cancelled"));

        // The keynote goes live: online and waitlisted people join and land on the playback URL.
        day.streamLive(keynote, PLAYBACK);
        for (Person viewer : List.of(online, fourth, second)) {
            String link = day.join(viewer.token, keynote);
            viewer.watchLink = link;
            Api.Answer redirect = Api.get(link, null);
            assertEquals(302, redirect.status(), viewer.username);
            assertEquals(PLAYBACK, redirect.location().orElseThrow());
        }
        Awaitility.await("live-now notice to " + second.username).atMost(WorkshopDay.EVENTUALLY)
                .until(() -> second.feedSubjects().contains("Live now: Opening keynote"));

        // A cancelled attendee's link stops working at once (as soon as streaming-service hears of it), and the
        // waitlist moves again.
        day.cancel(second.token);
        Awaitility.await("the cancelled attendee's link is refused").atMost(WorkshopDay.EVENTUALLY)
                .until(() -> Api.get(second.watchLink, null).status() == 403);
        assertEquals(302, Api.get(online.watchLink, null).status());
        assertEquals("CONFIRMED", day.registrationOf(fourth.token).path("status").asText());

        // Staff check people in at the desk; a second scan says when the first was.
        String ticket = day.registrationOf(third.token).path("ticketCode").asText();
        String checkedInAt = day.checkIn(ticket).path("checkedInAt").asText();
        Api.Answer again = Api.post(day.registration("/api/workshops/" + day.id + "/check-ins"), day.token("stan"),
                Map.of("ticketCode", ticket));
        assertEquals(409, again.status());
        assertTrue(again.body().toString().contains(checkedInAt.substring(0, 16)), again.body().toString());

        // Everyone was told what concerned them, once, by email and in the feed alike.
        String place = "You have a place at Foundation Models at the Frontier";
        String waitlist = "You are on the waitlist for Foundation Models at the Frontier";
        String cancelled = "Your registration for Foundation Models at the Frontier is cancelled";
        String live = "Live now: Opening keynote";
        String moved = "Schedule changes that concern you (1 in version 2)";
        first.told(place, cancelled);
        second.told(place, live, cancelled);
        third.told(waitlist, place, moved, live);
        fourth.told(waitlist, live, place);
        online.told(place, "Mentoring booked: Career paths", moved, live);
        String movedText = online.emailText(moved);
        assertTrue(movedText.contains("Scaling laws, revisited") && movedText.contains("Room 3"), movedText);
        JsonNode failed = Api.get(day.notification("/api/notifications/deliveries?status=FAILED&workshopId=" + day.id), day.organizer).expect(200);
        assertEquals(0, failed.path("total").asInt(), failed.toString());
    }

    /** An attendee of the story: their token, their watch link, what they were told. */
    static final class Person {

        final WorkshopDay day;
        final String username;
        final String token;
        String watchLink;

        Person(WorkshopDay day, String username) {
            this.day = day;
            this.username = username;
            this.token = day.token(username);
        }

        List<MimeMessage> emails() {
            return day.platform.smtp.receivedBy(WorkshopDay.emailOf(username));
        }

        List<String> emailSubjects() {
            List<String> subjects = new ArrayList<>();
            for (MimeMessage message : emails()) {
                try {
                    subjects.add(message.getSubject());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return subjects.stream().sorted().toList();
        }

        List<String> feedSubjects() {
            JsonNode feed = Api.get(day.notification("/api/notifications/me?size=100"), token).expect(200);
            return feed.path("items").findValuesAsText("subject").stream().sorted().toList();
        }

        /** Exactly these messages, each once, by email and in the feed. */
        void told(String... subjects) {
            List<String> expected = List.of(subjects).stream().sorted().toList();
            // Every email of the day goes through one sender after the others: allow two minutes on a loaded machine.
            Awaitility.await(username + " told " + expected).atMost(Duration.ofMinutes(2)).during(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        assertEquals(expected, emailSubjects(), username + "'s emails");
                        assertEquals(expected, feedSubjects(), username + "'s feed");
                    });
        }

        String emailText(String subject) {
            try {
                for (MimeMessage message : emails()) {
                    if (subject.equals(message.getSubject())) {
                        return plainText(message);
                    }
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("no email '" + subject + "' to " + username);
        }

        private static String plainText(Part part) throws Exception {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }
    }
}
