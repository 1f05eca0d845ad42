package dev.workshops.submissions.submission;

import static dev.workshops.submissions.TestCalls.edit;
import static dev.workshops.submissions.TestCalls.submission;
import static dev.workshops.submissions.TestCalls.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The deadline through the API on the service's clock: "23:59 AoE" closes at 11:59 UTC the next day, 15 minutes of
 * grace are taken and marked, then changes are 409 in the author's words, except for a submission a chair extended.
 */
@QuarkusTest
class DeadlineTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    TestClock clock;

    @Test
    void changesAreOnTimeThenLateWithinGraceThenRefusedUnlessExtended() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(3);
        LocalDate day = TestCalls.deadlineDay(3);
        Instant deadlineAt = Instant.parse(day.plusDays(1) + "T11:59:00Z");
        List<Person> people = calls.people("deadline", 2);
        Person ada = people.get(0);
        Person bo = people.get(1);
        String adas = submit(ada.token(), workshop, submission("Ada's paper", "main", ada)).statusCode(201).extract().path("id");
        String bos = submit(bo.token(), workshop, submission("Bo's paper", "main", bo)).statusCode(201).extract().path("id");

        moveTo(deadlineAt.minusSeconds(30));
        edit(ada.token(), adas, submission("Ada's paper, on time", "main", ada))
                .statusCode(200).body("lateWithinGrace", equalTo(false));

        moveTo(deadlineAt.plus(Duration.ofMinutes(11)));
        given().when().get("/api/workshops/" + workshop + "/call").then().body("open", equalTo(false));
        edit(ada.token(), adas, submission("Ada's paper, a little late", "main", ada))
                .statusCode(200).body("lateWithinGrace", equalTo(true));
        // The grace is for papers already begun: a new one is refused once the call has closed.
        submit(ada.token(), workshop, submission("A new one in the grace", "main", ada)).statusCode(409);

        given().auth().oauth2(calls.chair()).contentType(ContentType.JSON)
                .body("{\"until\": \"" + deadlineAt.plus(Duration.ofDays(1)) + "\"}")
                .when().put("/api/submissions/" + bos + "/extension")
                .then().statusCode(200)
                .body("extension.until", equalTo(deadlineAt.plus(Duration.ofDays(1)).toString()))
                .body("extension.grantedBy", equalTo("olivia@workshop.test"))
                .body("deadlineAt", equalTo(deadlineAt.plus(Duration.ofDays(1)).toString()));

        moveTo(deadlineAt.plus(Duration.ofMinutes(16)).plusSeconds(1));
        DateTimeFormatter dayAndMonth = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
        String words = "Submissions closed at 23:59 AoE on " + day.format(dayAndMonth) + ", 11:59 UTC on "
                + day.plusDays(1).format(dayAndMonth) + ".";
        edit(ada.token(), adas, submission("Ada's paper, too late", "main", ada))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo(words))
                .body("deadlineAt", equalTo(deadlineAt.toString()));
        submit(ada.token(), workshop, submission("Too late to start", "main", ada)).statusCode(409);
        edit(bo.token(), bos, submission("Bo's paper, extended", "main", bo))
                .statusCode(200).body("lateWithinGrace", equalTo(false));
        given().auth().oauth2(bo.token()).when().get("/api/submissions/" + bos)
                .then().statusCode(200).body("extension.grantedBy", nullValue());
        // Withdrawing is always possible.
        given().auth().oauth2(ada.token()).when().delete("/api/submissions/" + adas).then().statusCode(200);
    }

    @Test
    void onlyChairsExtendAndOnlyPastTheCallsDeadline() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(3);
        Person ada = calls.people("extension", 1).getFirst();
        String id = submit(ada.token(), workshop, submission("Extend me", "main", ada)).statusCode(201).extract().path("id");

        given().auth().oauth2(ada.token()).contentType(ContentType.JSON).body("{\"until\": \"2099-01-01T00:00:00Z\"}")
                .when().put("/api/submissions/" + id + "/extension").then().statusCode(403);
        given().auth().oauth2(calls.chair()).contentType(ContentType.JSON).body("{\"until\": \"" + TestCalls.now() + "\"}")
                .when().put("/api/submissions/" + id + "/extension").then().statusCode(400);
    }

    private void moveTo(Instant instant) {
        Duration ahead = Duration.between(TestCalls.now(), instant);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }
}
