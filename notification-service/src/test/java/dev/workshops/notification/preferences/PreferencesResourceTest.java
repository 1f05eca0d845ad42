package dev.workshops.notification.preferences;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.workshops.infra.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreferencesResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @Test
    void aSignedInAttendeeSeesDefaultsThenKeepsWhatTheySave() {
        String bob = Tokens.accessToken(issuer, "bob");
        given().auth().oauth2(bob).when().get("/api/notifications/me/preferences")
                .then().statusCode(200)
                .body("email", equalTo(true)).body("timezone", nullValue());

        given().auth().oauth2(bob).contentType(ContentType.JSON)
                .body("{\"email\": false, \"scheduleChanges\": true, \"reminders\": false, \"timezone\": \"Asia/Kolkata\"}")
                .when().put("/api/notifications/me/preferences")
                .then().statusCode(200);

        given().auth().oauth2(bob).when().get("/api/notifications/me/preferences")
                .then().statusCode(200)
                .body("email", equalTo(false)).body("reminders", equalTo(false)).body("timezone", equalTo("Asia/Kolkata"));
        given().auth().oauth2(Tokens.accessToken(issuer, "sam")).when().get("/api/notifications/me/preferences")
                .then().statusCode(200).body("email", equalTo(true));
    }

    @Test
    void anUnknownTimeZoneIs400() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice")).contentType(ContentType.JSON)
                .body("{\"email\": true, \"scheduleChanges\": true, \"reminders\": true, \"timezone\": \"Atlantis/Capital\"}")
                .when().put("/api/notifications/me/preferences")
                .then().statusCode(400).body("violations.field", hasItem("timezone"));
    }

    @Test
    void withoutATokenIs401() {
        given().when().get("/api/notifications/me/preferences").then().statusCode(401);
    }
}
