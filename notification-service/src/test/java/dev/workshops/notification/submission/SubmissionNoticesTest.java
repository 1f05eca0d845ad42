package dev.workshops.notification.submission;

import dev.workshops.events.CallChanged;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.infra.FactBuilders;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionNoticesTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void everyAuthorIsToldOnceWhenTheSubmissionIsReceivedAndOnceWhenItChanges() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String workshop = facts.workshop("Call & <Papers>", now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(62)));
        List<Person> people = facts.people("author", 2);
        Person ada = people.get(0);
        Person ben = people.get(1);
        // Ben registered for some workshop, so his address is known with his account: his zone applies.
        facts.registered(workshop, ben, "VIRTUAL", "CONFIRMED");
        given().auth().oauth2(ben.token()).contentType(ContentType.JSON)
                .body(Map.of("email", true, "scheduleChanges", true, "reminders", true, "timezone", "Asia/Kolkata"))
                .when().put("/api/notifications/me/preferences").then().statusCode(200);
        String cleo = "no-account-" + System.nanoTime() + "@authors.workshop.test";
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM recipient WHERE attendee_id = $1", ben.id()) == 1);

        Instant deadline = now.plus(Duration.ofDays(20));
        UUID id = UUID.randomUUID();
        List<SubmissionChanged.Author> authors = List.of(new SubmissionChanged.Author("Ada", ada.email(), "TU Wien", true),
                new SubmissionChanged.Author("Ben", ben.email(), null, false),
                new SubmissionChanged.Author("Cleo", cleo, "ETH", false));
        FactBuilders.Submission submission = FactBuilders.submission(workshop).id(id).title("Sparse & <dense>").authors(authors).deadlineAt(deadline);
        facts.publish(submission.build());
        SubmissionChanged submitted = submission.version(2, Status.SUBMITTED, Reason.SUBMITTED).build();
        facts.publish(submitted);
        // The same fact again (another event id, as a replayed outbox would send it): nobody is told twice.
        facts.publish(submitted);
        facts.publish(submission.version(3, Status.SUBMITTED, Reason.UPDATED).build());

        for (String email : List.of(ada.email(), ben.email(), cleo)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(email).size() >= 2);
            assertEquals(List.of("Submission changed: Sparse & <dense>", "Submission received: Sparse & <dense>"),
                    facts.settledMail(email).stream().map(MailBox::subject).sorted().toList(), email);
        }
        String adas = MailBox.text(received(ada.email()));
        assertTrue(adas.contains("Call & <Papers> has received the submission \"Sparse & <dense>\" by Ada, Ben, Cleo"), adas);
        assertTrue(adas.contains(WHEN.format(deadline.atZone(ZoneId.of("Europe/Vienna"))) + " (Europe/Vienna)"), adas);
        assertTrue(adas.contains(WHEN.format(deadline.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " (AoE)"), adas);
        // Ids stand only in the links (to the submission's page): the words name the paper and workshop by title.
        String words = MailBox.words(received(ada.email()));
        assertFalse(words.contains(id.toString()) || words.contains(workshop), adas);
        assertTrue(adas.contains("The submission: https://portal.workshop.test/workshops/" + workshop + "/submissions/" + id), adas);
        String bens = MailBox.text(received(ben.email()));
        assertTrue(bens.contains(WHEN.format(deadline.atZone(ZoneId.of("Asia/Kolkata"))) + " (Asia/Kolkata)"), bens);
        assertTrue(MailBox.html(received(cleo)).contains("Sparse &amp; &lt;dense&gt;"));

        // Those who sign in with a listed, verified address read the same notices in their feed, once each.
        for (Person person : people) {
            given().auth().oauth2(person.token()).when().get("/api/notifications/me").then().statusCode(200)
                    .body("items.findAll { it.kind.startsWith('submission-') }.kind", containsInAnyOrder("submission-received", "submission-changed"));
        }
        assertEquals(2, facts.count("SELECT count(*) AS n FROM notification WHERE recipient_id = $1", "email:" + cleo));
        String item = given().auth().oauth2(ada.token()).when().get("/api/notifications/me").then().statusCode(200)
                .extract().path("items.find { it.kind == 'submission-received' }.id");
        given().auth().oauth2(ben.token()).when().post("/api/notifications/me/" + item + "/read").then().statusCode(404);
        given().auth().oauth2(ada.token()).when().post("/api/notifications/me/" + item + "/read").then().statusCode(204);
        given().auth().oauth2(ada.token()).queryParam("unread", true).when().get("/api/notifications/me").then().statusCode(200)
                .body("items.findAll { it.kind == 'submission-received' }.size()", equalTo(0));
    }

    @Test
    void aRegistrationWithAnUnverifiedCopyOfAnAuthorsAddressCannotSwitchTheirEmailsOff() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String workshop = facts.workshop("Guarded workshop", now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(62)));
        Person impostor = facts.people("impostor", 1).getFirst();
        String victim = "victim-" + System.nanoTime() + "@authors.workshop.test";
        facts.publish(dev.workshops.events.Topics.REGISTRATIONS, dev.workshops.events.RegistrationChanged.keyOf(workshop, impostor.id()),
                dev.workshops.events.EventTypes.REGISTRATION_CHANGED, "/registration-service",
                FactBuilders.registration(workshop, impostor.id()).email(victim).unverifiedEmail()
                        .reason(dev.workshops.events.RegistrationChanged.Reason.CHECKED_IN).build());
        given().auth().oauth2(impostor.token()).contentType(ContentType.JSON)
                .body(Map.of("email", false, "scheduleChanges", false, "reminders", false, "timezone", "Asia/Tokyo"))
                .when().put("/api/notifications/me/preferences").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM recipient WHERE attendee_id = $1", impostor.id()) == 1);

        Instant deadline = now.plus(Duration.ofDays(20));
        facts.publish(FactBuilders.submission(workshop).title("Guarded paper").authors(List.of(new SubmissionChanged.Author("Vic", victim, null, true)))
                .deadlineAt(deadline).version(2, Status.SUBMITTED, Reason.SUBMITTED).build());

        String text = MailBox.text(facts.settledMail(victim).stream()
                .filter(mail -> MailBox.subject(mail).equals("Submission received: Guarded paper")).findFirst().orElseThrow());
        assertTrue(text.contains(WHEN.format(deadline.atZone(ZoneId.of("Europe/Vienna"))) + " (Europe/Vienna)"),
                "the workshop's zone, not the impostor's: " + text);
    }

    private static MimeMessage received(String email) {
        return MailBox.to(email).stream().filter(m -> MailBox.subject(m).startsWith("Submission received")).findFirst().orElseThrow();
    }
}
