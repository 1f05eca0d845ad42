package dev.workshops.schedule.workshop;

import static dev.workshops.schedule.TestSchedule.december;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.CloudEventHeaders;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkshopResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @ConfigProperty(name = "workshop.public-base-url")
    String publicBaseUrl;

    @Test
    void organizerCreatesAWorkshopThatAnyoneCanRead() {
        String id = newId();
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(body(id, "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(201)
                .header("Location", containsString("/api/workshops/" + id))
                .body("id", equalTo(id))
                .body("startsAt", equalTo(december("07T08:00:00Z")));

        given().when().get("/api/workshops/" + id)
                .then().statusCode(200).body("title", equalTo("Open Science for Foundation Models"));
        given().when().get("/api/workshops?size=500")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theLocationOfWhatWasCreatedIsOnTheConfiguredAddressWhateverTheHostHeaderSays() {
        String id = newId();
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).header("Host", "evil.example")
                .contentType(ContentType.JSON).body(body(id, "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(201)
                .header("Location", equalTo(publicBaseUrl + "/api/workshops/" + id));
    }

    @Test
    void theWorkshopListIsPagedSoonestFirst() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body(newId(), "Europe/Vienna"))
                    .when().post("/api/workshops").then().statusCode(201);
        }
        int total = given().when().get("/api/workshops?page=0&size=1").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .extract().path("total");
        List<String> firstTwo = given().when().get("/api/workshops?size=2").then().extract().path("items.id");
        given().when().get("/api/workshops?page=1&size=1").then().statusCode(200)
                .body("items.id", contains(firstTwo.get(1))).body("total", equalTo(total));
        given().when().get("/api/workshops").then().statusCode(200).body("size", equalTo(50)).body("page", equalTo(0));
        given().when().get("/api/workshops?size=501").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void creatingAndUpdatingPublishOneWorkshopSnapshotEachThroughTheBroker() throws Exception {
        String id = newId();
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body(id, "Europe/Vienna"))
                .when().post("/api/workshops").then().statusCode(201);
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body(id, "Asia/Kolkata"))
                .when().put("/api/workshops/" + id).then().statusCode(200).body("version", equalTo(2));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TestEvents.Received> facts = TestEvents.readAll(kafka, Topics.WORKSHOPS).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertEquals(2, facts.size());
            assertEquals(EventTypes.WORKSHOP_CHANGED, facts.get(0).header(CloudEventHeaders.TYPE));
            assertEquals("/schedule-service", facts.get(0).header(CloudEventHeaders.SOURCE));
            assertEquals(id, facts.get(0).header(CloudEventHeaders.SUBJECT));
            WorkshopChanged updated = JSON.readValue(facts.get(1).value(), WorkshopChanged.class);
            assertEquals(2, updated.version());
            assertEquals("Asia/Kolkata", updated.timezone());
            assertEquals(WorkshopChanged.Reason.UPDATED, updated.reason());
        });
    }

    @Test
    void creatingWithoutATokenIs401ProblemDetails() {
        given().contentType(ContentType.JSON).body(body(newId(), "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenIs401() {
        String token = Tokens.accessToken(issuer, "olivia");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(body(newId(), "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(401);
    }

    @Test
    void anAttendeesValidTokenIsAcceptedButCannotCreateWorkshops() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON).body(body(newId(), "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void aDuplicateIdIs409() {
        String id = newId();
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body(id, "Europe/Vienna"))
                .when().post("/api/workshops").then().statusCode(201);
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(body(id, "Europe/Vienna"))
                .when().post("/api/workshops")
                .then().statusCode(409).body("detail", containsString(id));
    }

    @Test
    void anUnknownTimeZoneIs400NamingTheField() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(body(newId(), "Mars/Olympus"))
                .when().post("/api/workshops")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("timezone"));
    }

    @Test
    void aTimeWithoutOffsetIs400() {
        String body = body(newId(), "Europe/Vienna").replace(december("07T09:00:00+01:00"), december("07T09:00:00"));
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(body)
                .when().post("/api/workshops")
                .then().log().ifValidationFails().statusCode(400)
                .body("violations.field", hasItem("startsAt"));
    }

    @Test
    void malformedJsonAndMissingFieldsAre400WithoutStackTraces() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body("{\"id\": ")
                .when().post("/api/workshops")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body("{\"id\": \"x\"}")
                .when().post("/api/workshops")
                .then().statusCode(400)
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("id"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON)
                .when().post("/api/workshops")
                .then().statusCode(400);
    }

    @Test
    void aBodyAbove64KiBIs413() {
        String huge = body(newId(), "Europe/Vienna").replace("\"description\":\"Talks\"",
                "\"description\":\"" + "x".repeat(70 * 1024) + "\"");
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(huge)
                .when().post("/api/workshops")
                .then().statusCode(413);
    }

    @Test
    void anUnknownWorkshopIs404ProblemDetails() {
        given().when().get("/api/workshops/no-such-workshop")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-workshop"));
    }

    @Test
    void healthIsReadyWhenDatabaseAndKafkaAnswer() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void openApiAndPrometheusMetricsAreServed() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/workshops"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    private static String newId() {
        return "ws-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String id, String zone) {
        return """
                {"id":"%s","title":"Open Science for Foundation Models","timezone":"%s","venue":"Messe Wien",
                 "startsAt":"%s","endsAt":"%s","description":"Talks"}
                """.formatted(id, zone, december("07T09:00:00+01:00"), december("08T18:00:00+01:00"));
    }
}
