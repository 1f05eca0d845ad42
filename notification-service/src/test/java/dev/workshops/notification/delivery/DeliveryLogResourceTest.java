package dev.workshops.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.workshops.infra.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryLogResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @Test
    void organizersReadThePagedDeliveryLog() {
        given().auth().oauth2(Tokens.accessToken(issuer, "olivia"))
                .when().get("/api/notifications/deliveries?status=FAILED&size=10")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(10)).body("total", notNullValue()).body("items", notNullValue());
    }

    @Test
    void attendeesMayNotReadTheDeliveryLog() {
        given().auth().oauth2(Tokens.accessToken(issuer, "alice"))
                .when().get("/api/notifications/deliveries")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void pageSizesAbove500AndUnknownStatusesAre400() {
        String olivia = Tokens.accessToken(issuer, "olivia");
        given().auth().oauth2(olivia).when().get("/api/notifications/deliveries?size=501")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        given().auth().oauth2(olivia).when().get("/api/notifications/deliveries?status=LOST")
                .then().statusCode(400).body("violations.field", hasItem("status"));
    }
}
