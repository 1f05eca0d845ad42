package dev.workshops.submissions.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallResourceTest {

    @Test
    void aWorkshopWithoutACallAnswers404AsAProblem() {
        given().when().get("/api/workshops/never-heard-of/call")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("never-heard-of"));
    }
}
