package dev.workshops.registration.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    private static final String POLICY = """
            {"inPersonCapacity": 100, "virtualCapacity": null,
             "opensAt": "2026-11-01T00:00:00Z", "closesAt": "2026-12-07T08:00:00+01:00", "offerTtl": "PT24H"}
            """;

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void aWorkshopAnnouncedOnTheBrokerCanGetAPolicy() {
        String workshopId = announceWorkshop();
        String olivia = Tokens.accessToken(issuer, "olivia");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(olivia).contentType(ContentType.JSON).body(POLICY)
                        .when().put("/api/workshops/" + workshopId + "/registration-policy")
                        .then().statusCode(200));

        given().when().get("/api/workshops/" + workshopId + "/registration-policy")
                .then().statusCode(200)
                .body("inPersonCapacity", equalTo(100))
                .body("virtualCapacity", nullValue())
                .body("offerTtl", equalTo("PT24H"))
                .body("waitlistStreamAccess", equalTo(true))
                .body("closesAt", equalTo("2026-12-07T07:00:00Z"));
    }

    @Test
    void aWorkshopNeverAnnouncedIs404() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(POLICY)
                .when().put("/api/workshops/never-heard-of/registration-policy")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("never-heard-of"));
    }

    @Test
    void anAttendeesTokenIsAcceptedButMayNotSetPolicies() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON).body(POLICY)
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenIs401() {
        given().contentType(ContentType.JSON).body(POLICY)
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(401);
    }

    @Test
    void malformedDurationsAndNegativeCapacitiesAre400NamingTheField() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(POLICY.replace("PT24H", "two days"))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("offerTtl"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(POLICY.replace("100", "-1"))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("inPersonCapacity"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(POLICY.replace("100", "\"many\""))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("inPersonCapacity"));
    }

    private String announceWorkshop() {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        WorkshopChanged snapshot = new WorkshopChanged(id, "Scientific Reasoning at the Frontier", "America/Toronto",
                "MTCC", Instant.parse("2026-12-07T14:00:00Z"), Instant.parse("2026-12-08T23:00:00Z"), null, 1,
                WorkshopChanged.REASON_CREATED);
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service", snapshot);
        return id;
    }
}
