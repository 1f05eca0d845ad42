package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The organizer's announcements and delivery log and the mentor's console in a real browser against the packaged
 * portal and services: an announcement sent while the mail server is away fails for good; the organizer reviews an
 * announcement to the online audience and reads its size before sending it, then finds the failed email at the top
 * of the delivery log, above the newer ones sent, with the mailer's error; a mentor
 * publishes a slot (a refused one first, kept as typed), an attendee books it through the API, and the mentor's page
 * names who booked. Every page visited passes the accessibility audit and is saved under target/screenshots/.
 */
class MentorAndAnnouncementsBrowserIT {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void anOrganizerSeesTheAudienceBeforeSendingAndTheFailureFirstAndAMentorSeesWhoBooked() {
        WorkshopDay day = new WorkshopDay("Mentoring and Announcements", 10);
        String portal = day.platform.portalUrl();
        String console = portal + "/console/workshops/" + day.id;

        // Three people registered online, one in person; each has their registration email before the mail server goes.
        List<String> online = day.newAttendees("online", 3);
        String inPerson = day.newAttendees("in-person", 1).getFirst();
        online.forEach(person -> day.register(day.token(person), "VIRTUAL"));
        day.register(day.token(inPerson), "IN_PERSON");
        Awaitility.await("the registration emails").atMost(WorkshopDay.EVENTUALLY).until(() -> Stream.concat(online.stream(), Stream.of(inPerson))
                .allMatch(person -> !day.platform.smtp.receivedBy(WorkshopDay.emailOf(person)).isEmpty()));
        // notification-service learns of registrations through Kafka.
        Awaitility.await("notification-service counts the three online").atMost(WorkshopDay.EVENTUALLY).until(() -> Api.get(
                day.notification("/api/workshops/" + day.id + "/announcements/audience?audience=VIRTUAL"), day.organizer)
                .expect(200).path("recipients").asLong() == 3);

        // While the mail server is away, an announcement to the one person in person fails for good (three attempts here).
        day.platform.smtp.stop();
        try {
            Api.post(day.notification("/api/workshops/" + day.id + "/announcements"), day.organizer,
                    Map.of("subject", "Doors open at nine", "body", "The venue opens at 09:00.", "audience", "IN_PERSON")).expect(202);
            Awaitility.await("the announcement's email FAILED").atMost(WorkshopDay.EVENTUALLY).until(() -> Api.get(
                    day.notification("/api/notifications/deliveries?status=FAILED&workshopId=" + day.id), day.organizer)
                    .expect(200).path("total").asLong() == 1);
        } finally {
            day.platform.smtp.start();
        }

        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(console + "/announcements");
            browser.signIn("olivia", "olivia", "/announcements", "50-keycloak-login-organizer");
            browser.find(By.id("subject")).sendKeys("The online room moved");
            browser.find(By.id("body")).sendKeys("The stream now runs in Room 2.\nThe link stays the same.");
            new Select(browser.find(By.id("audience"))).selectByValue("VIRTUAL");
            browser.portalPage("51-announcement-form");
            browser.audit("51-announcement-form");

            // The review: the audience's size, before anything is sent; going back keeps what was typed.
            browser.clickAndWait(By.id("review-announcement"));
            assertEquals("This goes to 3 people (VIRTUAL): registered online, as registered now.", browser.text(By.id("audience-size")));
            browser.portalPage("52-announcement-review");
            browser.audit("52-announcement-review");
            browser.clickAndWait(By.id("change-announcement"));
            assertEquals("The online room moved", browser.find(By.id("subject")).getAttribute("value"));
            assertEquals("The stream now runs in Room 2.\nThe link stays the same.", browser.find(By.id("body")).getAttribute("value"));
            assertEquals("VIRTUAL", new Select(browser.find(By.id("audience"))).getFirstSelectedOption().getAttribute("value"));
            browser.clickAndWait(By.id("review-announcement"));
            assertEquals("Send to 3 people", browser.text(By.id("send-announcement")));
            browser.clickAndWait(By.id("send-announcement"));
            assertEquals("“The online room moved” is on its way to 3 people; the delivery log shows each email.", browser.text(By.id("flash")));

            // The delivery log: the failed email first, with what the mailer said, although the three sent since are newer.
            browser.until(WorkshopDay.EVENTUALLY, driver -> {
                driver.get(console + "/deliveries");
                return driver.findElements(By.cssSelector("#deliveries tbody tr[data-status=SENT]")).stream()
                        .filter(row -> row.getText().contains("The online room moved")).count() == 3;
            });
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#deliveries tbody tr"));
            WebElement failed = rows.getFirst();
            assertEquals("FAILED", failed.getAttribute("data-status"));
            assertTrue(failed.getText().contains("Doors open at nine") && failed.getText().contains(WorkshopDay.emailOf(inPerson))
                    && failed.getText().contains("Error: "), failed.getText());
            assertEquals(1, rows.stream().filter(row -> "FAILED".equals(row.getAttribute("data-status"))).count());
            assertEquals("1 email of this workshop failed for good.", browser.text(By.id("failed-count")));
            browser.portalPage("53-delivery-log");
            browser.audit("53-delivery-log");
            new Select(browser.find(By.id("status"))).selectByValue("SENT");
            browser.clickAndWait(By.id("filter"));
            assertTrue(browser.driver.findElements(By.cssSelector("#deliveries tbody tr[data-status=FAILED]")).isEmpty());
        }

        // The mentor: their console, a slot refused and kept as typed, then published; a booking shows up.
        LocalDateTime starts = LocalDateTime.ofInstant(day.now.plus(1, ChronoUnit.DAYS), VIENNA).truncatedTo(ChronoUnit.HOURS);
        try (Browser mentor = new Browser(1280, 1000)) {
            mentor.open(portal + "/console");
            mentor.signIn("mike", "mike", "/console", "54-keycloak-login-mentor");
            assertTrue(mentor.text(By.id("roles")).contains("Mentor"), mentor.text(By.id("roles")));
            WebElement card = mentor.find(By.id("console-" + day.id));
            assertTrue(card.getText().contains("Mentoring slots") && !card.getText().contains("Draft schedule"), card.getText());
            mentor.portalPage("55-console-mentor");
            mentor.audit("55-console-mentor");
            // The organizer's operations pages refuse a mentor themselves, even where the service would answer.
            for (String page : List.of("/roster", "/streams", "/announcements", "/deliveries")) {
                mentor.open(console + page);
                assertEquals("You are not allowed to see this page.", mentor.text(By.id("problem")), page);
            }
            mentor.open(portal + "/console");
            mentor.clickAndWait(By.cssSelector("#console-" + day.id + " a[href$='/mentoring']"));
            assertEquals("No open slot yet.", mentor.text(By.id("no-slots")));

            mentor.find(By.id("topic")).sendKeys("Publishing your first paper");
            mentor.setValue("startsAt", FIELD.format(starts));
            mentor.setValue("endsAt", FIELD.format(starts.minusMinutes(30)));
            mentor.retype("capacity", "2");
            new Select(mentor.find(By.id("format"))).selectByValue("ONLINE");
            mentor.find(By.id("meetingUrl")).sendKeys("https://meet.example.org/mike");
            mentor.clickAndWait(By.id("publish-slot"));
            assertFalse(mentor.text(By.id("problem")).isBlank());
            assertEquals("Publishing your first paper", mentor.find(By.id("topic")).getAttribute("value"));
            assertEquals("https://meet.example.org/mike", mentor.find(By.id("meetingUrl")).getAttribute("value"));
            mentor.portalPage("56-mentor-slot-refused");
            mentor.audit("56-mentor-slot-refused");
            mentor.setValue("endsAt", FIELD.format(starts.plusMinutes(45)));
            mentor.clickAndWait(By.id("publish-slot"));
            assertEquals("“Publishing your first paper” is published: attendees can book it now.", mentor.text(By.id("flash")));
            assertEquals("Nobody has booked it yet.", mentor.text(By.cssSelector("#mentor-slots .bookers-none")));

            // An attendee registered online books it through the API once schedule-service holds the registration.
            String booker = online.getFirst();
            String bookerToken = day.token(booker);
            JsonNode slots = Api.get(day.schedule("/api/workshops/" + day.id + "/mentoring/slots"), bookerToken).expect(200);
            String slot = StreamSupport.stream(slots.spliterator(), false)
                    .filter(s -> s.path("topic").asText().equals("Publishing your first paper")).findFirst().orElseThrow()
                    .path("id").asText();
            Awaitility.await("the booking").atMost(WorkshopDay.EVENTUALLY).until(() ->
                    Api.post(day.schedule("/api/mentoring/slots/" + slot + "/bookings"), bookerToken, null).status() == 201);

            mentor.open(console + "/mentoring");
            WebElement booked = mentor.find(By.cssSelector("#mentor-slots li[data-slot='" + slot + "']"));
            assertTrue(booked.getText().contains(WorkshopDay.emailOf(booker)) && booked.getText().contains("1 of 2 booked"), booked.getText());
            mentor.portalPage("57-mentor-slots-booked");
            mentor.audit("57-mentor-slots-booked");
        }
    }
}
