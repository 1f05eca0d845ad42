package dev.workshops.registration;

import static io.restassured.RestAssured.given;

import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Attendees of the tests and what they ask of registration-service, as one does it over HTTP. */
public final class TestAttendees {

    private TestAttendees() {
    }

    /** Access tokens of {@code count} new attendees named after {@code role}. */
    public static List<String> people(String issuer, String role, int count) {
        return KeycloakUsers.createAttendees(issuer, role + "-" + System.nanoTime(), count).stream()
                .map(name -> Tokens.accessToken(issuer, name)).toList();
    }

    public static ValidatableResponse register(String token, String workshop, String mode) {
        return register(token, workshop, Map.of("mode", mode));
    }

    public static ValidatableResponse register(String token, String workshop, Map<String, ?> request) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/workshops/" + workshop + "/registrations").then();
    }

    public static ValidatableResponse mine(String token, String workshop) {
        return given().auth().oauth2(token).when().get("/api/workshops/" + workshop + "/registrations/me").then();
    }

    public static ValidatableResponse cancel(String token, String workshop) {
        return given().auth().oauth2(token).when().delete("/api/workshops/" + workshop + "/registrations/me").then();
    }
}
