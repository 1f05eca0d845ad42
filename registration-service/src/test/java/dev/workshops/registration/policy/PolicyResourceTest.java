package dev.workshops.registration.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.workshops.infra.Tokens;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void aWorkshopAnnouncedOnTheBrokerCanGetAPolicy() {
        String workshopId = TestWorkshops.announce(kafka);
        String olivia = Tokens.accessToken(issuer, "olivia");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(olivia).contentType(ContentType.JSON).body(policy())
                        .when().put("/api/workshops/" + workshopId + "/registration-policy")
                        .then().statusCode(200));

        given().when().get("/api/workshops/" + workshopId + "/registration-policy")
                .then().statusCode(200)
                .body("inPersonCapacity", equalTo(100))
                .body("virtualCapacity", nullValue())
                .body("offerTtl", equalTo("PT24H"))
                .body("waitlistStreamAccess", equalTo(true))
                .body("closesAt", equalTo(closesAt().toString()));
    }

    @Test
    void aWorkshopNeverAnnouncedIs404() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia")).contentType(ContentType.JSON).body(policy())
                .when().put("/api/workshops/never-heard-of/registration-policy")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("never-heard-of"));
    }

    @Test
    void anAttendeesTokenIsAcceptedButMayNotSetPolicies() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON).body(policy())
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenIs401() {
        given().contentType(ContentType.JSON).body(policy())
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(401);
    }

    @Test
    void malformedDurationsAndNegativeCapacitiesAre400NamingTheField() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(policy().replace("PT24H", "two days"))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("offerTtl"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(policy().replace("100", "-1"))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("inPersonCapacity"));
        given().auth().oauth2(olivia).contentType(ContentType.JSON).body(policy().replace("100", "\"many\""))
                .when().put("/api/workshops/any-workshop/registration-policy")
                .then().statusCode(400).body("violations.field", hasItem("inPersonCapacity"));
    }

    /** Closes a month from now, written in another offset than UTC: the answer gives it back in UTC. */
    private static String policy() {
        return """
                {"inPersonCapacity": 100, "virtualCapacity": null, "opensAt": "%s", "closesAt": "%s", "offerTtl": "PT24H"}
                """.formatted(TestWorkshops.now().minus(Duration.ofDays(30)),
                closesAt().atOffset(ZoneOffset.ofHours(1)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private static Instant closesAt() {
        return TestWorkshops.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);
    }
}
