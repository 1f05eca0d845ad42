package dev.workshops.registration;

import static io.restassured.RestAssured.given;

import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;

/** A workshop as schedule-service would announce it on the broker, with a registration policy set by olivia. */
public final class TestWorkshops {

    private TestWorkshops() {
    }

    public static String openWithSeats(String kafka, String issuer, int inPersonSeats, String offerTtl) {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(id, "Scientific Reasoning at the Frontier", "America/Toronto", "MTCC",
                        Instant.parse("2027-12-07T14:00:00Z"), Instant.parse("2027-12-08T23:00:00Z"), null, 1,
                        WorkshopChanged.REASON_CREATED));
        String policy = """
                {"inPersonCapacity": %d, "virtualCapacity": null, "opensAt": "2026-01-01T00:00:00Z",
                 "closesAt": "2027-12-07T00:00:00Z", "offerTtl": %s}
                """.formatted(inPersonSeats, offerTtl == null ? "null" : "\"" + offerTtl + "\"");
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(olivia).contentType(ContentType.JSON).body(policy)
                        .when().put("/api/workshops/" + id + "/registration-policy")
                        .then().statusCode(200));
        return id;
    }
}
