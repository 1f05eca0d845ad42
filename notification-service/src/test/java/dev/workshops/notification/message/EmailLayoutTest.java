package dev.workshops.notification.message;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.notification.TestFacts.Person;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every email says around its message: when and where in the reader's zone, and links into the portal. */
@QuarkusTest
class EmailLayoutTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final String PORTAL = "https://portal.workshop.test";

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void aConfirmationSaysTheDatesInThePersonsZoneTheVenueAndLinksToTheTicketAndThePreferences() throws Exception {
        Instant starts = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(30));
        Instant ends = starts.plus(Duration.ofHours(56));
        String workshop = facts.workshop("Lag probe", starts, ends);
        List<Person> people = facts.people("layout", 2);
        Person ada = people.get(0);
        Person bob = people.get(1);
        given().auth().oauth2(ada.token()).contentType(ContentType.JSON)
                .body(Map.of("email", true, "scheduleChanges", true, "reminders", true, "timezone", "America/New_York"))
                .when().put("/api/notifications/me/preferences").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop));

        // Ada in person with a ticket; Bob online, with no zone of his own. Neither fact carries the venue.
        publish(FactBuilders.registration(workshop, ada.id()).email(ada.email()).name("Ada").ticketCode("W1-layout").build());
        publish(FactBuilders.registration(workshop, bob.id()).email(bob.email()).name("Bob").mode(RegistrationChanged.Mode.VIRTUAL).build());

        MimeMessage toAda = single(facts.settledMail(ada.email()));
        ZoneId newYork = ZoneId.of("America/New_York");
        String adaWhen = WHEN.format(starts.atZone(newYork)) + " – " + WHEN.format(ends.atZone(newYork)) + " (America/New_York)";
        String text = MailBox.text(toAda);
        assertTrue(text.contains("When: " + adaWhen + ", your time zone"), text);
        assertTrue(text.contains("Where: TU Wien"), text);
        String ticket = PORTAL + "/workshops/" + workshop + "/registration";
        String preferences = PORTAL + "/notifications#preferences";
        assertTrue(text.contains("Your ticket and its QR code: " + ticket), text);
        assertTrue(text.contains("Your email preferences: " + preferences), text);
        String html = MailBox.html(toAda);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("When: " + adaWhen), html);
        assertTrue(html.contains("Where: TU Wien"), html);
        assertTrue(html.contains("<a href=\"" + ticket + "\""), html);
        assertTrue(html.contains("<a href=\"" + preferences + "\""), html);
        assertTrue(text.contains("your registration for Lag probe is confirmed"), "the message itself is still there: " + text);
        assertAlternative(toAda);
        assertNull(toAda.getHeader("List-Unsubscribe"), "a confirmation is no bulk message: it has nothing to opt out of");

        MimeMessage toBob = single(facts.settledMail(bob.email()));
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        String bobText = MailBox.text(toBob);
        assertTrue(bobText.contains("When: " + WHEN.format(starts.atZone(vienna)) + " – " + WHEN.format(ends.atZone(vienna))
                + " (Europe/Vienna), the workshop's time zone (choose yours in your preferences)"), bobText);
        assertTrue(bobText.contains("Where: online (you take part online)"), bobText);
        assertFalse(bobText.contains("TU Wien"), "the venue is for those who come: " + bobText);
        assertTrue(bobText.contains("Your registration: " + ticket), bobText);
    }

    /** The text and the HTML are alternatives of one message (beside the calendar attachment, when there is one). */
    private static void assertAlternative(MimeMessage message) throws Exception {
        Multipart outer = (Multipart) message.getContent();
        Multipart alternative = outer.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/alternative") ? outer
                : (Multipart) outer.getBodyPart(0).getContent();
        assertTrue(alternative.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/alternative"), alternative.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"), "plain text first, the richer HTML last (RFC 2046)");
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
    }

    private static MimeMessage single(List<MimeMessage> mail) {
        assertEquals(1, mail.size(), "one email");
        return mail.getFirst();
    }

    private void publish(RegistrationChanged registration) {
        facts.publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(registration.workshopId(), registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", registration);
    }
}
