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
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationNoticesTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @jakarta.inject.Inject
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
        assertEquals("20261207T080000Z", event.getProperty("DTSTART").orElseThrow().getValue());

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
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                var log = given().auth().oauth2(olivia).queryParam("recipient", email)
                        .when().get("/api/notifications/deliveries").then().statusCode(200).extract();
                return "PENDING".equals(log.path("items[0].status")) && log.<Integer>path("items[0].attempts") >= 2
                        && log.path("items[0].lastError") != null;
            });
        } finally {
            smtp.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(email).size() == 1);
        given().auth().oauth2(olivia).queryParam("recipient", email).when().get("/api/notifications/deliveries")
                .then().statusCode(200).body("items.status", contains("SENT"));
        assertTrue(MailBox.to(email).getFirst().getSubject().contains("waitlist"));
    }

    @Test
    void anAddressTheMailServerNeverTakesEndsFailedWithItsError() {
        String workshop = workshop("Failing workshop");
        String token = Tokens.accessToken(issuer, KeycloakUsers.createAttendees(issuer, "bad-" + System.nanoTime(), 1).getFirst());
        String broken = "no-at-sign-" + System.nanoTime();
        publish(registration(workshop, token, broken, "Bob", "REGISTERED", "CONFIRMED", 1));

        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(given().auth().oauth2(olivia)
                .queryParam("recipient", broken).when().get("/api/notifications/deliveries").then().statusCode(200)
                .extract().path("items[0].status")));
        given().auth().oauth2(olivia).queryParam("recipient", broken).queryParam("status", "FAILED")
                .when().get("/api/notifications/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].attempts", equalTo(5))
                .body("items[0].lastError", org.hamcrest.Matchers.notNullValue()).body("items[0].sentAt", org.hamcrest.Matchers.nullValue());
        // The feed still has it: only the email failed.
        given().auth().oauth2(token).when().get("/api/notifications/me").then().statusCode(200).body("total", equalTo(1));
    }

    private String workshop(String title) {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(id, title, "Europe/Vienna", "TU Wien", Instant.parse("2026-12-07T08:00:00Z"),
                        Instant.parse("2026-12-09T18:00:00Z"), null, 1, WorkshopChanged.Reason.CREATED));
        // Topics are not ordered with each other: wait until the workshop is known, as it would be in practice.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.workshopKnown(database, id));
        return id;
    }

    private static RegistrationChanged registration(String workshop, String token, String email, String name, String reason,
            String status, long version) {
        return FactBuilders.registration(workshop, Tokens.subjectOf(token))
                .id(UUID.nameUUIDFromBytes((workshop + email).getBytes())).email(email).name(name)
                .status(RegistrationChanged.Status.valueOf(status))
                .waitlistPosition("WAITLISTED".equals(status) ? 3 : null).streamAccess(!"CANCELLED".equals(status))
                .ticketCode("CONFIRMED".equals(status) ? "W1-test" : null)
                .createdAt(Instant.parse("2026-11-20T10:00:00Z"))
                .version(version, RegistrationChanged.Reason.valueOf(reason)).build();
    }

    private void publish(RegistrationChanged registration) {
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(registration.workshopId(), registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", registration);
    }
}
