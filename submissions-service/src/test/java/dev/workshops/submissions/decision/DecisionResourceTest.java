package dev.workshops.submissions.decision;

import static dev.workshops.submissions.TestCalls.call;
import static dev.workshops.submissions.TestCalls.deadlineDay;
import static dev.workshops.submissions.TestCalls.putCall;
import static dev.workshops.submissions.TestCalls.read;
import static dev.workshops.submissions.TestCalls.submission;
import static dev.workshops.submissions.TestCalls.submit;
import static dev.workshops.submissions.TestCalls.submittedPaper;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.submissions.submission.Submission;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void decisionsStayPendingAndUnseenByAuthorsUntilReleasedTogetherAndThenTravelInEveryFact() throws Throwable {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("decided", 3);
        Person ada = people.get(0);
        String accepted = submittedPaper(workshop, "Accepted paper", ada, people.get(1));
        String rejected = submittedPaper(workshop, "Rejected paper", people.get(2));

        decide(calls.chair(), accepted, "ACCEPT_ORAL").statusCode(200).body("state", equalTo("PENDING"));
        decide(calls.chair(), accepted, "ACCEPT_POSTER").statusCode(200).body("outcome", equalTo("ACCEPT_POSTER"))
                .body("state", equalTo("PENDING")).body("recordedBy", equalTo("olivia@workshop.test"));
        decide(calls.chair(), rejected, "REJECT").statusCode(200);

        read(ada.token(), accepted).statusCode(200).body("$", not(hasKey("decision"))).body("$", not(hasKey("reviews")));
        given().auth().oauth2(ada.token()).when().get("/api/workshops/" + workshop + "/submissions/mine").then()
                .statusCode(200).body("items[0]", not(hasKey("decision")));
        read(calls.chair(), accepted).statusCode(200).body("decision.outcome", equalTo("ACCEPT_POSTER"))
                .body("decision.releasedAt", nullValue());

        given().auth().oauth2(calls.chair()).when().post("/api/workshops/" + workshop + "/decisions/release").then()
                .statusCode(200).body("released", equalTo(2));

        read(ada.token(), accepted).statusCode(200).body("decision.outcome", equalTo("ACCEPT_POSTER"))
                .body("decision.releasedAt", notNullValue()).body("decision", not(hasKey("recordedBy")))
                .body("reviews", equalTo(List.of()));
        assertTrue(revealed(accepted));
        assertFalse(revealed(rejected));

        // The call's deadline moves: the republished fact still carries the released decision.
        putCall(calls.chair(), workshop, call(deadlineDay(12), null).replace("\"blind\"",
                "\"cameraReadyDeadline\": {\"date\": \"" + deadlineDay(60) + "\", \"time\": \"23:59\", \"zone\": \"AoE\"}, \"blind\""))
                .statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> facts = factsOf(accepted);
            assertEquals(List.of("DRAFTED", "SUBMITTED", "DECISION_RELEASED", "DEADLINE_MOVED"),
                    facts.stream().map(f -> f.path("reason").asText()).toList());
            assertTrue(facts.get(0).path("decision").isMissingNode() || facts.get(0).path("decision").isNull());
            assertTrue(facts.get(1).path("decision").isMissingNode() || facts.get(1).path("decision").isNull());
            for (JsonNode released : facts.subList(2, 4)) {
                assertEquals("ACCEPT_POSTER", released.path("decision").path("outcome").asText());
                assertEquals(facts.get(2).path("decision").path("releasedAt").asText(),
                        released.path("decision").path("releasedAt").asText());
            }
            assertEquals(deadlineDay(61) + "T11:59:00Z", facts.get(3).path("cameraReadyDeadlineAt").asText());
            assertEquals("REJECT", factsOf(rejected).get(2).path("decision").path("outcome").asText());
        });
    }

    @Test
    void aSecondReleaseAReleasedDecisionADraftAndStrangersAreRefused() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person ada = calls.people("refused", 1).getFirst();
        String paper = submittedPaper(workshop, "Decided once", ada);
        String draft = submit(ada.token(), workshop, submission("Only a draft", "main", ada)).statusCode(201).extract().path("id");

        given().auth().oauth2(calls.chair()).when().post("/api/workshops/" + workshop + "/decisions/release").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("nothing to release"));
        decide(ada.token(), paper, "ACCEPT_ORAL").statusCode(403);
        decide(calls.chair(), paper, "MAYBE").statusCode(400).contentType("application/problem+json");
        decide(calls.chair(), draft, "REJECT").statusCode(409).body("detail", containsString("draft"));
        decide(calls.chair(), UUID.randomUUID().toString(), "REJECT").statusCode(404);
        decide(calls.chair(), paper, "DESK_REJECT").statusCode(200);

        given().auth().oauth2(calls.chair()).when().post("/api/workshops/" + workshop + "/decisions/release").then()
                .statusCode(200).body("released", equalTo(1));
        given().auth().oauth2(calls.chair()).when().post("/api/workshops/" + workshop + "/decisions/release").then()
                .statusCode(409);
        decide(calls.chair(), paper, "ACCEPT_ORAL").statusCode(409).body("detail", containsString("final"));
        read(ada.token(), paper).statusCode(200).body("decision.outcome", equalTo("DESK_REJECT"));
    }

    private static ValidatableResponse decide(String token, String submission, String outcome) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"outcome\": \"" + outcome + "\"}")
                .when().put("/api/submissions/" + submission + "/decision").then();
    }

    private static boolean revealed(String submission) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                Submission.<Submission>findById(UUID.fromString(submission)).map(s -> s.authorsRevealed)));
    }

    private List<JsonNode> factsOf(String submission) {
        return TestEvents.readAll(kafka, Topics.SUBMISSIONS).stream().filter(fact -> fact.key().equals(submission))
                .map(fact -> {
                    try {
                        return JSON.readTree(fact.value());
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }
}
