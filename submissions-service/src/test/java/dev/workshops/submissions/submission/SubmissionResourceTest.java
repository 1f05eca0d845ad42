package dev.workshops.submissions.submission;

import static dev.workshops.submissions.TestCalls.edit;
import static dev.workshops.submissions.TestCalls.read;
import static dev.workshops.submissions.TestCalls.submission;
import static dev.workshops.submissions.TestCalls.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.UUID;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    SubmissionService submissions;

    @Test
    void aSubmissionStartsAsADraftThatItsCoAuthorSeesAndEditsAndNobodyElseFinds() throws Exception {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("author", 3);
        Person ada = people.get(0);
        Person bo = people.get(1);
        Person eve = people.get(2);

        String id = submit(ada.token(), workshop, submission("Open reasoning", "main", ada, bo))
                .statusCode(201)
                .header("Location", containsString("/api/submissions/"))
                .body("status", equalTo("DRAFT"))
                .body("pdf", nullValue())
                .body("authors.email", equalTo(List.of(ada.email(), bo.email())))
                .body("authors[0].presenter", equalTo(true))
                .body("deadlineAt", equalTo(TestCalls.deadlineDay(11) + "T11:59:00Z"))
                .extract().path("id");

        read(bo.token(), id).statusCode(200).body("title", equalTo("Open reasoning"));
        edit(bo.token(), id, submission("Open reasoning, revised", "tools", bo, ada))
                .statusCode(200).body("track", equalTo("tools")).body("authors[0].email", equalTo(bo.email()))
                .body("version", equalTo(2));
        read(ada.token(), id).statusCode(200).body("title", equalTo("Open reasoning, revised"))
                .body("authors.email", equalTo(List.of(bo.email(), ada.email())));

        read(eve.token(), id).statusCode(404).contentType("application/problem+json");
        edit(eve.token(), id, submission("Hijacked", "main", eve)).statusCode(404);
        given().auth().oauth2(eve.token()).when().delete("/api/submissions/" + id).then().statusCode(404);
        given().auth().oauth2(eve.token()).when().get("/api/workshops/" + workshop + "/submissions/mine")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(bo.token()).when().get("/api/workshops/" + workshop + "/submissions/mine")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        // A chair reads it, but changing it is for its authors.
        read(calls.chair(), id).statusCode(200);
        edit(calls.chair(), id, submission("Chair's title", "main", ada)).statusCode(403);
    }

    @Test
    void everyChangeIsAFactOnTheSubmissionsTopicDraftsIncluded() throws Exception {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("facts", 2);
        Person ada = people.get(0);
        String id = submit(ada.token(), workshop, submission("Facts first", "main", ada, people.get(1)))
                .statusCode(201).extract().path("id");
        edit(ada.token(), id, submission("Facts second", "main", ada)).statusCode(200);
        given().auth().oauth2(ada.token()).when().delete("/api/submissions/" + id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        edit(ada.token(), id, submission("Too late", "main", ada)).statusCode(409).body("detail", containsString("withdrawn"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> facts = TestEvents.readAll(kafka, Topics.SUBMISSIONS).stream().filter(fact -> fact.key().equals(id))
                    .peek(fact -> assertEquals(EventTypes.SUBMISSION_CHANGED, fact.header("ce_type")))
                    .map(fact -> parsed(fact.value())).toList();
            assertEquals(List.of("DRAFTED", "DRAFTED", "WITHDRAWN"), facts.stream().map(f -> f.path("reason").asText()).toList());
            assertEquals(List.of(1L, 2L, 3L), facts.stream().map(f -> f.path("version").asLong()).toList());
            assertEquals(2, facts.getFirst().path("authors").size());
            assertEquals(people.get(1).email(), facts.getFirst().path("authors").get(1).path("email").asText());
            assertEquals("Facts second", facts.get(1).path("title").asText());
            assertEquals(TestCalls.deadlineDay(11) + "T11:59:00Z", facts.get(2).path("deadlineAt").asText());
            assertEquals("Scientific Reasoning at the Frontier", facts.get(2).path("workshop").path("title").asText());
        });
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("workshop_submissions_total{reason=\"WITHDRAWN\",track=\"main\",workshop=\"" + workshop + "\"} 1"));
    }

    @Test
    void aPdfReceivedThroughTheSeamSubmitsTheDraftAndALaterOneUpdatesIt() throws Throwable {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person ada = calls.people("seam", 1).getFirst();
        String id = submit(ada.token(), workshop, submission("With a PDF", "main", ada)).statusCode(201).extract().path("id");
        Requester author = new Requester(Tokens.subjectOf(ada.token()), ada.email(), ada.name(), false);

        for (int upload = 0; upload < 2; upload++) {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                    submissions.authorChange(UUID.fromString(id), author).flatMap(submissions::pdfReceived)));
        }

        read(ada.token(), id).statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("version", equalTo(3));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("DRAFTED", "SUBMITTED", "UPDATED"),
                TestEvents.readAll(kafka, Topics.SUBMISSIONS).stream().filter(fact -> fact.key().equals(id))
                        .map(fact -> parsed(fact.value()).path("reason").asText()).toList()));
    }

    @Test
    void badSubmissionsAre400AndNothingIsWritten() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("bad", 2);
        Person ada = people.get(0);
        Person bo = people.get(1);
        String good = submission("Good", "main", ada, bo);

        submit(ada.token(), workshop, submission("Not mine", "main", bo))
                .statusCode(400).body("violations.field", hasItem("authors"))
                .body("detail", containsString(ada.email()));
        submit(ada.token(), workshop, good.replace("\"presenter\": false", "\"presenter\": true"))
                .statusCode(400).body("detail", containsString("exactly one presenter"));
        submit(ada.token(), workshop, good.replace(bo.email(), ada.email().toUpperCase()))
                .statusCode(400).body("detail", containsString("must not list an email twice"));
        submit(ada.token(), workshop, good.replace("\"track\": \"main\"", "\"track\": \"posters\""))
                .statusCode(400).body("violations.field", hasItem("track"));
        submit(ada.token(), workshop, good.replace("\"format\": \"short\"", "\"format\": \"huge\""))
                .statusCode(400).body("violations.field", hasItem("format"));
        submit(ada.token(), workshop, good.replace(bo.email(), "not-an-email"))
                .statusCode(400).body("violations.field", hasItem("authors[1].email"));
        submit(ada.token(), workshop, good.replace("\"title\": \"Good\",", "\"title\": \"Good\", \"title\": \"Twice\","))
                .statusCode(400).contentType("application/problem+json");
        submit(ada.token(), workshop, "{\"title\": ").statusCode(400).contentType("application/problem+json");
        submit(ada.token(), workshop, good.replace("\"keywords\": [", "\"keywords\": [\"\\u0000\", "))
                .statusCode(400).contentType("application/problem+json");
        submit(ada.token(), "no-call-here", good).statusCode(404);
        given().contentType("application/json").body(good).when().post("/api/workshops/" + workshop + "/submissions")
                .then().statusCode(401);
        read(ada.token(), "not-a-uuid").statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(ada.token()).when().get("/api/workshops/" + workshop + "/submissions/mine")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void chairsListSubmissionsPagedFilteredAndSearched() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("listed", 3);
        for (Person person : people) {
            submit(person.token(), workshop, submission("Paper of " + person.name(), "main", person)).statusCode(201);
        }
        submit(people.get(0).token(), workshop, submission("Tool_for 100% data", "tools", people.get(0))).statusCode(201);
        String chair = calls.chair();

        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?size=2")
                .then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(2)).body("page", equalTo(0))
                .body("size", equalTo(2));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?track=tools")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", startsWith("Tool_for"));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?q=" + people.get(1).email())
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("Paper of " + people.get(1).name()));
        given().auth().oauth2(chair).when().queryParam("q", "100%").get("/api/workshops/" + workshop + "/submissions")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(chair).when().queryParam("q", "_").get("/api/workshops/" + workshop + "/submissions")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?status=SUBMITTED")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?status=LOST")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/submissions?size=501")
                .then().statusCode(400);
        given().auth().oauth2(people.get(0).token()).when().get("/api/workshops/" + workshop + "/submissions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).when().get("/api/workshops/no-such-call/submissions")
                .then().statusCode(404);
    }

    private static JsonNode parsed(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
