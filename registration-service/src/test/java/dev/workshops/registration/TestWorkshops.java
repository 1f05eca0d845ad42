package dev.workshops.registration;

import static io.restassured.RestAssured.given;

import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Workshops as schedule-service would announce them on the broker, with a registration policy set by olivia.
 * Every date is relative to the service's clock: a year ahead for the workshop, registration open from a
 * month ago until the day before it starts.
 */
public final class TestWorkshops {

    private TestWorkshops() {
    }

    /** The service's clock now, to whole seconds (as a person would write a date). */
    public static Instant now() {
        return Arc.container().instance(Clock.class).get().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public static String openWithSeats(String kafka, String issuer, int inPersonSeats, String offerTtl) {
        String id = announce(kafka);
        String olivia = Tokens.accessToken(issuer, "olivia");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                putPolicy(olivia, id, policy(inPersonSeats, null, offerTtl, now().minus(Duration.ofDays(30))))
                        .statusCode(200));
        return id;
    }

    /** Announces a new workshop on {@code workshops}; registration-service hears of it shortly after. */
    public static String announce(String kafka) {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Instant starts = now().plus(Duration.ofDays(365));
        TestEvents.publish(kafka, Topics.WORKSHOPS, id, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(id, "Scientific Reasoning at the Frontier", "America/Toronto", "MTCC",
                        starts, starts.plus(Duration.ofHours(33)), null, 1, WorkshopChanged.Reason.CREATED));
        return id;
    }

    /** A policy body: registration from {@code opensAt} until a day before the workshop starts. */
    public static String policy(int inPersonSeats, Integer virtualSeats, String offerTtl, Instant opensAt) {
        return """
                {"inPersonCapacity": %d, "virtualCapacity": %s, "opensAt": "%s", "closesAt": "%s", "offerTtl": %s}
                """.formatted(inPersonSeats, virtualSeats, opensAt, now().plus(Duration.ofDays(364)),
                offerTtl == null ? "null" : "\"" + offerTtl + "\"");
    }

    public static ValidatableResponse putPolicy(String organizer, String workshop, String policy) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(policy)
                .when().put("/api/workshops/" + workshop + "/registration-policy").then();
    }
}
