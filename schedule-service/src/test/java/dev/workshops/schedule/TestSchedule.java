package dev.workshops.schedule;

import static io.restassured.RestAssured.given;

import dev.workshops.infra.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Workshops and sessions made through the API as the organizer olivia. */
public final class TestSchedule {

    /** Every test workshop runs from 7 Dec 2026 09:00 to 9 Dec 2026 19:00 in Vienna (UTC+1). */
    public static final String STARTS = "2026-12-07T08:00:00Z";
    public static final String ENDS = "2026-12-09T18:00:00Z";

    private final String organizer;

    public TestSchedule(String issuer) {
        this.organizer = Tokens.accessToken(issuer, "olivia");
    }

    public String workshop() {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("id", id, "title", "Reproducible Research", "timezone", "Europe/Vienna", "venue", "TU Wien",
                        "startsAt", STARTS, "endsAt", ENDS))
                .when().post("/api/workshops").then().statusCode(201);
        return id;
    }

    public static Map<String, Object> session(String title, String startsAt, String endsAt, String room, String speaker) {
        return Map.of("title", title, "kind", "TALK", "startsAt", startsAt, "endsAt", endsAt, "room", room,
                "speakers", speaker == null ? List.of() : List.of(Map.of("name", speaker)));
    }

    public ValidatableResponse add(String workshop, Map<String, Object> session) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(session)
                .when().post("/api/workshops/" + workshop + "/sessions").then();
    }

    public String added(String workshop, Map<String, Object> session) {
        return add(workshop, session).statusCode(201).extract().path("id");
    }

    public ValidatableResponse update(String sessionId, Map<String, Object> session) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(session)
                .when().put("/api/sessions/" + sessionId).then();
    }

    public void cancel(String sessionId) {
        given().auth().oauth2(organizer).when().delete("/api/sessions/" + sessionId).then().statusCode(204);
    }

    public ValidatableResponse release(String workshop) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("comment", "test"))
                .when().post("/api/workshops/" + workshop + "/schedule/releases").then();
    }
}
