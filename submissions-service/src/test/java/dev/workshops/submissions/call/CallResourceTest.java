package dev.workshops.submissions.call;

import static dev.workshops.submissions.TestCalls.call;
import static dev.workshops.submissions.TestCalls.deadlineDay;
import static dev.workshops.submissions.TestCalls.putCall;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.TestAssignments;
import dev.workshops.submissions.TestCalls;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void aWorkshopWithoutACallAnswers404AsAProblem() {
        given().when().get("/api/workshops/never-heard-of/call")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("never-heard-of"));
    }

    @Test
    void aCallForAWorkshopNeverAnnouncedIs404() {
        putCall(Tokens.accessToken(issuer, "olivia"), "never-announced", call(deadlineDay(5), null))
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("never-announced"));
    }

    @Test
    void aChairOpensACallAnsweredWithEachDeadlineAsEnteredAndResolved() throws Exception {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(5);
        LocalDate day = deadlineDay(5);
        String deadlineAt = day.plusDays(1) + "T11:59:00Z";

        given().when().get("/api/workshops/" + workshop + "/call")
                .then().statusCode(200)
                .body("deadline.date", equalTo(day.toString()))
                .body("deadline.time", equalTo("23:59"))
                .body("deadline.zone", equalTo("AoE"))
                .body("deadlineAt", equalTo(deadlineAt))
                .body("reviewDeadlineAt", equalTo(day.plusDays(31) + "T11:59:00Z"))
                .body("open", equalTo(true))
                .body("reviewsPerPaper", equalTo(3))
                .body("tracks.id", equalTo(List.of("main", "tools")))
                .body("$", not(hasKey("graceMinutes")));
        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/call")
                .then().statusCode(200).body("graceMinutes", equalTo(15));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TestEvents.Received> facts = TestEvents.readAll(kafka, Topics.CALLS).stream()
                    .filter(fact -> fact.key().equals(workshop)).toList();
            assertEquals(1, facts.size());
            assertEquals(EventTypes.CALL_CHANGED, facts.getFirst().header("ce_type"));
            JsonNode body = JSON.readTree(facts.getFirst().value());
            assertEquals(deadlineAt, body.path("deadlineAt").asText());
            assertEquals("AoE", body.path("deadline").path("zone").asText());
            assertEquals("OPENED", body.path("reason").asText());
            assertEquals("Scientific Reasoning at the Frontier", body.path("workshop").path("title").asText());
            assertEquals(false, body.has("graceMinutes"));
        });
    }

    @Test
    void aDeadlineMovedIntoThePastClosesTheCallAndTheDraftsFollowIt() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(5);
        TestCalls.Person ada = calls.people("moved", 1).getFirst();
        String draft = TestCalls.submit(ada.token(), workshop, TestCalls.submission("Before the move", "main", ada))
                .statusCode(201).extract().path("id");
        LocalDate earlier = deadlineDay(-2);

        putCall(calls.chair(), workshop, call(earlier, null, TestCalls.now().minus(Duration.ofDays(10))))
                .statusCode(200).body("open", equalTo(false)).body("version", equalTo(2));
        given().when().get("/api/workshops/" + workshop + "/call").then().statusCode(200).body("open", equalTo(false));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode last = JSON.readTree(TestEvents.readAll(kafka, Topics.SUBMISSIONS).stream()
                    .filter(fact -> fact.key().equals(draft)).toList().getLast().value());
            assertEquals("DEADLINE_MOVED", last.path("reason").asText());
            assertEquals(earlier.plusDays(1) + "T11:59:00Z", last.path("deadlineAt").asText());
        });
    }

    @Test
    void onlyOrganizersSetCalls() {
        putCall(Tokens.accessToken(issuer, "alice"), "any-workshop", call(deadlineDay(5), null))
                .statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(call(deadlineDay(5), null))
                .when().put("/api/workshops/any-workshop/call").then().statusCode(401);
    }

    @Test
    void badCallsAre400NamingTheField() {
        String chair = Tokens.accessToken(issuer, "olivia");
        String good = call(deadlineDay(5), null);
        putCall(chair, "any-workshop", good.replace("\"zone\": \"AoE\"", "\"zone\": \"+02:00\""))
                .statusCode(400).body("violations.field", hasItem("deadline.zone"));
        putCall(chair, "any-workshop", good.replace("\"time\": \"23:59\"", "\"time\": \"noon\""))
                .statusCode(400).contentType("application/problem+json");
        putCall(chair, "any-workshop", good.replace("\"blind\": \"DOUBLE\"", "\"blind\": \"TRIPLE\""))
                .statusCode(400).contentType("application/problem+json");
        putCall(chair, "any-workshop", good.replace("{\"id\": \"tools\"", "{\"id\": \"main\""))
                .statusCode(400).body("violations.field", hasItem("tracks"));
        putCall(chair, "any-workshop", good.replace("\"maxPages\": 4", "\"maxPages\": 0"))
                .statusCode(400).body("violations.field", hasItem("formats[0].maxPages"));
        putCall(chair, "any-workshop", good.replace("\"reviewDeadline\": {\"date\": \"" + deadlineDay(35),
                        "\"reviewDeadline\": {\"date\": \"" + deadlineDay(1)))
                .statusCode(400).body("violations.field", hasItem("reviewDeadline"));
    }

    @Test
    void theBlindnessIsFixedOnceReviewersHavePapers() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        String doubleBlind = call(deadlineDay(10), null);
        String single = doubleBlind.replace("\"blind\": \"DOUBLE\"", "\"blind\": \"SINGLE\"");
        putCall(calls.chair(), workshop, single).statusCode(200).body("blind", equalTo("SINGLE"));
        putCall(calls.chair(), workshop, doubleBlind).statusCode(200).body("blind", equalTo("DOUBLE"));

        List<TestCalls.Person> people = calls.people("blind-fixed", 2);
        TestCalls.Person author = people.get(0);
        TestCalls.Person reviewer = people.get(1);
        String paper = TestCalls.submittedPaper(workshop, "Paper under double-blind review", author);
        TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, reviewer));

        putCall(calls.chair(), workshop, single).statusCode(409).contentType("application/problem+json")
                .body("blind", equalTo("DOUBLE"));
        putCall(calls.chair(), workshop, doubleBlind.replace("Submissions (up to 4 pages", "Papers (up to 4 pages"))
                .statusCode(200).body("blind", equalTo("DOUBLE"));
    }
}
