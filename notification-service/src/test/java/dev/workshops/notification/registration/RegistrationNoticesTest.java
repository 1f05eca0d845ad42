package dev.workshops.notification.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.RealInfra;
import dev.workshops.infra.SmtpSink;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.Rows;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationNoticesTest {

    private static final DateTimeFormatter CALENDAR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Instant workshopStarts;

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @ConfigProperty(name = "workshop.notification.delivery.first-retry")
    Duration firstRetry;

    @ConfigProperty(name = "workshop.notification.delivery.max-attempts")
    int maxAttempts;

    @Inject
    TestClock clock;

    @Inject
    io.vertx.mutiny.sqlclient.Pool database;

    @Test
    void aRegistrationIsToldOnceInTheFeedAndByEmailEvenWhenItsFactArrivesTwice() throws Exception {
        String workshop = workshop("Data & <Models>");
        String name = KeycloakUsers.createAttendees(issuer, "told-" + System.nanoTime(), 1).getFirst();
        String token = Tokens.accessToken(issuer, name);
        String email = name + "@bench.workshop.test";
        RegistrationChanged confirmed = registration(workshop, token, email, "<script>alert('Ada')</script>", "REGISTERED", "CONFIRMED", 1);
        publish(confirmed);
        publish(confirmed);

        Awaitility.await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> MailBox.to(email).size() == 1);
        MimeMessage mail = MailBox.to(email).getFirst();
        assertEquals("You have a place at Data & <Models>", mail.getSubject());
        String html = MailBox.html(mail);
        assertTrue(html.contains("Data &amp; &lt;Models&gt;"), html);
        assertTrue(html.contains("Hello &lt;script&gt;alert(&#39;Ada&#39;)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(MailBox.text(mail).contains("Your ticket code: W1-test"));
        net.fortuna.ical4j.model.component.VEvent event = MailBox.calendar(mail).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").getFirst();
        assertEquals(workshop + "@workshops", event.getProperty("UID").orElseThrow().getValue());
        assertEquals("Data & <Models>", event.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals(CALENDAR_TIME.format(workshopStarts), event.getProperty("DTSTART").orElseThrow().getValue());

        given().auth().oauth2(token).when().get("/api/notifications/me").then().statusCode(200)
                .body("total", equalTo(1)).body("items.kind", contains("registration-confirmed"))
                .body("items[0].subject", equalTo("You have a place at Data & <Models>"));
        String id = given().auth().oauth2(token).queryParam("unread", true).when().get("/api/notifications/me")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).when().post("/api/notifications/me/" + id + "/read")
                .then().statusCode(404);
        given().auth().oauth2(token).when().post("/api/notifications/me/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(token).queryParam("unread", true).when().get("/api/notifications/me")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).queryParam("recipient", email)
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("items.status", contains("SENT")).body("items[0].attempts", equalTo(1));

        // The offer that follows is a new fact: a second email, rendered from its own template.
        publish(registration(workshop, token, email, "<script>alert('Ada')</script>", "CANCELLED", "CANCELLED", 2));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(email).size() == 2);
        assertEquals("Your registration for Data & <Models> is cancelled", MailBox.to(email).get(1).getSubject());
    }

    @Test
    void anUnreachableMailServerIsRetriedAndTheEmailGoesOutOnceItIsBack() throws Exception {
        String workshop = workshop("Retry workshop");
        String name = KeycloakUsers.createAttendees(issuer, "retry-" + System.nanoTime(), 1).getFirst();
        String token = Tokens.accessToken(issuer, name);
        String email = name + "@bench.workshop.test";
        String olivia = Tokens.accessToken(issuer, "olivia");
        SmtpSink smtp = RealInfra.smtp();
        smtp.stop();
        try {
            publish(registration(workshop, token, email, "Grace", "WAITLISTED", "WAITLISTED", 1));
            retryUntilAttempts(olivia, email, 2);
            given().auth().oauth2(olivia).queryParam("recipient", email).when().get("/api/notifications/deliveries")
                    .then().statusCode(200).body("items[0].status", equalTo("PENDING"))
                    .body("items[0].lastError", org.hamcrest.Matchers.notNullValue());
        } finally {
            smtp.start();
        }
        clock.advance(firstRetry.multipliedBy(2));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(email).size() == 1);
        given().auth().oauth2(olivia).queryParam("recipient", email).when().get("/api/notifications/deliveries")
                .then().statusCode(200).body("items.status", contains("SENT")).body("items[0].attempts", equalTo(3));
        assertTrue(MailBox.to(email).getFirst().getSubject().contains("waitlist"));
    }

    @Test
    void anAddressTheMailServerNeverTakesEndsFailedWithItsError() {
        String workshop = workshop("Failing workshop");
        String token = Tokens.accessToken(issuer, KeycloakUsers.createAttendees(issuer, "bad-" + System.nanoTime(), 1).getFirst());
        String broken = "no-at-sign-" + System.nanoTime();
        publish(registration(workshop, token, broken, "Bob", "REGISTERED", "CONFIRMED", 1));

        String olivia = Tokens.accessToken(issuer, "olivia");
        retryUntilAttempts(olivia, broken, maxAttempts);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(given().auth().oauth2(olivia)
                .queryParam("recipient", broken).when().get("/api/notifications/deliveries").then().statusCode(200)
                .extract().path("items[0].status")));
        given().auth().oauth2(olivia).queryParam("recipient", broken).queryParam("status", "FAILED")
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].attempts", equalTo(maxAttempts))
                .body("items[0].lastError", org.hamcrest.Matchers.notNullValue()).body("items[0].sentAt", org.hamcrest.Matchers.nullValue());
        // The feed still has it: only the email failed.
        given().auth().oauth2(token).when().get("/api/notifications/me").then().statusCode(200).body("total", equalTo(1));
    }

    /**
     * Moves the clock past each retry's wait (the first retry's, doubling each time) once its attempt is made, until
     * {@code attempts} were made: a retry earlier than its time would make one attempt too many and fail the wait.
     */
    private void retryUntilAttempts(String organizer, String recipient, int attempts) {
        for (int made = 1; made < attempts; made++) {
            int expected = made;
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attemptsTo(organizer, recipient) == expected);
            clock.advance(firstRetry.multipliedBy(1L << (made - 1)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> attemptsTo(organizer, recipient) == attempts);
    }

    private static int attemptsTo(String organizer, String recipient) {
        Integer attempts = given().auth().oauth2(organizer).queryParam("recipient", recipient)
                .when().get("/api/notifications/deliveries").then().statusCode(200).extract().path("items[0].attempts");
        return attempts == null ? 0 : attempts;
    }

    /** The test's workshop, a month ahead of the clock. */
    private String workshop(String title) {
        workshopStarts = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(30));
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(id, title, "Europe/Vienna", "TU Wien", workshopStarts,
                        workshopStarts.plus(Duration.ofHours(58)), null, 1, WorkshopChanged.Reason.CREATED));
        // Topics are not ordered with each other: wait until the workshop is known, as it would be in practice.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.workshopKnown(database, id));
        return id;
    }

    private RegistrationChanged registration(String workshop, String token, String email, String name, String reason,
            String status, long version) {
        return FactBuilders.registration(workshop, Tokens.subjectOf(token))
                .id(UUID.nameUUIDFromBytes((workshop + email).getBytes())).email(email).name(name)
                .status(RegistrationChanged.Status.valueOf(status))
                .waitlistPosition("WAITLISTED".equals(status) ? 3 : null).streamAccess(!"CANCELLED".equals(status))
                .ticketCode("CONFIRMED".equals(status) ? "W1-test" : null)
                .createdAt(clock.instant().minus(Duration.ofDays(10))).updatedAt(clock.instant())
                .version(version, RegistrationChanged.Reason.valueOf(reason)).build();
    }

    private void publish(RegistrationChanged registration) {
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(registration.workshopId(), registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", registration);
    }
}
