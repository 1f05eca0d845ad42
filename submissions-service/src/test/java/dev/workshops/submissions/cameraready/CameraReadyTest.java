package dev.workshops.submissions.cameraready;

import static dev.workshops.submissions.TestCalls.call;
import static dev.workshops.submissions.TestCalls.deadlineDay;
import static dev.workshops.submissions.TestCalls.decided;
import static dev.workshops.submissions.TestCalls.putCall;
import static dev.workshops.submissions.TestCalls.released;
import static dev.workshops.submissions.TestCalls.submittedPaper;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.submissions.pdf.TestPdfs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An accepted paper's camera-ready, its final PDF and the public papers of a workshop, on real Kafka and PostgreSQL. */
@QuarkusTest
class CameraReadyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void theAuthorsOfAnAcceptedPaperSendItsCameraReadyAndFinalPdfEachAFactAndThePublicSeesIt() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("final", 4);
        Person ada = people.get(0);
        Person grace = people.get(1);
        Person stranger = people.get(3);
        String accepted = submittedPaper(workshop, "Sparse attention, revisited", ada, grace);
        String rejected = submittedPaper(workshop, "Dense attention", people.get(2));
        decided(calls.chair(), accepted, "ACCEPT_ORAL");
        decided(calls.chair(), rejected, "REJECT");

        problem(send(ada.token(), accepted, cameraReady("Sparse attention, finally", grace.email(), ada, grace)), 409, "has not been released");
        released(calls.chair(), workshop);
        given().when().get("/api/workshops/" + workshop + "/papers").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].title", equalTo("Sparse attention, revisited")).body("items[0].pdfUrl", equalTo(null));

        problem(send(people.get(2).token(), rejected, cameraReady("Dense", people.get(2).email(), people.get(2))), 409, "was not accepted");
        send(ada.token(), accepted, cameraReady("Sparse attention, finally", stranger.email(), ada, grace)).statusCode(400)
                .contentType("application/problem+json").body("violations.field", equalTo(List.of("presenter.email")));
        send(stranger.token(), accepted, cameraReady("Mine now", stranger.email(), stranger)).statusCode(404);
        send(ada.token(), accepted, cameraReady("Sparse attention, finally", grace.email(), ada, grace)).statusCode(200)
                .body("presenter.email", equalTo(grace.email())).body("presenter.attendance", equalTo("IN_PERSON"))
                .body("authors[1].presenter", equalTo(true)).body("pdf", equalTo(null));

        uploadFinal(ada.token(), rejected).statusCode(404);
        uploadFinal(grace.token(), accepted).statusCode(200).body("version", equalTo(1)).body("pages", equalTo(4));
        given().auth().oauth2(ada.token()).when().get("/api/submissions/" + accepted).then().statusCode(200)
                .body("pdf.version", equalTo(1));

        String pdfUrl = given().when().get("/api/workshops/" + workshop + "/papers").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("Sparse attention, finally"))
                .body("items[0].authors.name", equalTo(List.of(ada.name(), grace.name())))
                .body("items[0].outcome", equalTo("ACCEPT_ORAL")).body("items[0].archival", equalTo(true))
                .body("items[0].authors[0]", not(hasKey("email")))
                .extract().path("items[0].pdfUrl");
        assertTrue(pdfUrl.endsWith("/api/submissions/" + accepted + "/camera-ready/pdf"), pdfUrl);
        given().when().get("/api/submissions/" + accepted + "/camera-ready/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("paper-" + accepted + ".pdf"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> facts = factsOf(accepted);
            assertEquals(List.of("DRAFTED", "SUBMITTED", "DECISION_RELEASED", "CAMERA_READY", "CAMERA_READY"),
                    facts.stream().map(f -> f.path("reason").asText()).toList());
            JsonNode last = facts.getLast().path("cameraReady");
            assertEquals("Sparse attention, finally", last.path("title").asText());
            assertEquals(grace.email(), last.path("presenterEmail").asText());
            assertEquals(pdfUrl, last.path("pdfUrl").asText());
            assertEquals("ACCEPT_ORAL", facts.getLast().path("decision").path("outcome").asText());
            assertTrue(facts.get(3).path("cameraReady").path("pdfUrl").isNull(), "no PDF yet in the first");
        });
    }

    @Test
    void afterTheCameraReadyDeadlineCorrectionsAreRefusedWithTheDeadlineInTheAuthorsWords() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person ada = calls.people("late-final", 1).getFirst();
        String accepted = submittedPaper(workshop, "Closed in time", ada);
        decided(calls.chair(), accepted, "ACCEPT_POSTER");
        released(calls.chair(), workshop);
        send(ada.token(), accepted, cameraReady("Closed in time", ada.email(), ada)).statusCode(200);

        String closed = call(deadlineDay(-3), null, TestCalls.now().minus(Duration.ofDays(20))).replace("\"reviewDeadline\"",
                "\"cameraReadyDeadline\": {\"date\": \"" + deadlineDay(-2) + "\", \"time\": \"23:59\", \"zone\": \"AoE\"}, \"reviewDeadline\"");
        putCall(calls.chair(), workshop, closed).statusCode(200);

        String words = "Camera-ready versions closed at 23:59 AoE on " + deadlineDay(-2).getDayOfMonth() + " ";
        problem(send(ada.token(), accepted, cameraReady("Too late", ada.email(), ada)), 409, words);
        problem(uploadFinal(ada.token(), accepted), 409, words);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode moved = factsOf(accepted).getLast();
            assertEquals("DEADLINE_MOVED", moved.path("reason").asText());
            assertEquals(deadlineDay(-2).atTime(23, 59).atOffset(ZoneOffset.ofHours(-12)).toInstant(),
                    Instant.parse(moved.path("cameraReadyDeadlineAt").asText()), "reminders follow the moved deadline");
            assertEquals("Closed in time", moved.path("cameraReady").path("title").asText());
        });
    }

    @Test
    void twentyPostersReleasedAreAllOnThePublicPapersPageWithTheirAuthorsAndNoEmail() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("poster", 21);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String title = "Poster %02d".formatted(i);
            decided(calls.chair(), submittedPaper(workshop, title, people.get(i), people.get(i + 1)), "ACCEPT_POSTER");
            titles.add(title);
        }
        given().when().get("/api/workshops/" + workshop + "/papers").then().statusCode(200).body("total", equalTo(0));
        released(calls.chair(), workshop);

        ValidatableResponse papers = given().when().get("/api/workshops/" + workshop + "/papers?size=50").then().statusCode(200)
                .body("total", equalTo(20)).body("items.title", equalTo(titles))
                .body("items.outcome", everyItem(equalTo("ACCEPT_POSTER")))
                .body("items.authors.flatten()", everyItem(not(hasKey("email"))));
        for (int i = 0; i < 20; i++) {
            papers.body("items[%d].authors.name".formatted(i), equalTo(List.of(people.get(i).name(), people.get(i + 1).name())));
        }
    }

    @Test
    void anAcceptedPaperWithdrawnIsAFactAndLeavesThePapers() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person ada = calls.people("withdrawn-final", 1).getFirst();
        String accepted = submittedPaper(workshop, "Withdrawn after all", ada);
        decided(calls.chair(), accepted, "ACCEPT_ORAL");
        released(calls.chair(), workshop);

        given().auth().oauth2(ada.token()).when().delete("/api/submissions/" + accepted).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().when().get("/api/workshops/" + workshop + "/papers").then().statusCode(200).body("total", equalTo(0));
        problem(send(ada.token(), accepted, cameraReady("Back", ada.email(), ada)), 409, "withdrawn");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode last = factsOf(accepted).getLast();
            assertEquals("WITHDRAWN", last.path("reason").asText());
            assertEquals("ACCEPT_ORAL", last.path("decision").path("outcome").asText());
        });
    }

    private static String cameraReady(String title, String presenterEmail, Person... authors) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < authors.length; i++) {
            list.append(i == 0 ? "" : ",").append("""
                    {"name": "%s", "email": "%s", "affiliation": "University of Toronto"}""".formatted(authors[i].name(), authors[i].email()));
        }
        return """
                {"title": "%s", "abstract": "The final abstract.", "authors": [%s],
                 "presenter": {"email": "%s", "attendance": "IN_PERSON"}, "license": "CC-BY-4.0", "archival": true}
                """.formatted(title, list, presenterEmail);
    }

    private static ValidatableResponse send(String token, String submission, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/submissions/" + submission + "/camera-ready").then();
    }

    private static ValidatableResponse uploadFinal(String token, String submission) {
        return given().auth().oauth2(token).contentType("application/pdf").body(TestPdfs.paper(4, 4, "Final"))
                .when().put("/api/submissions/" + submission + "/camera-ready/pdf").then();
    }

    private static void problem(ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
    }

    private List<JsonNode> factsOf(String submission) {
        return TestEvents.readAll(kafka, Topics.SUBMISSIONS).stream().filter(fact -> fact.key().equals(submission))
                .map(fact -> {
                    try {
                        return JSON.readTree(fact.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }
}
