package dev.workshops.submissions.discussion;

import static dev.workshops.submissions.TestCalls.submittedPaper;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.submissions.TestAssignments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscussionResourceTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void reviewersWhoSubmittedAndChairsDiscussUnderPseudonymsAndTheAuthorsFindNoThread() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("discussing", 3);
        Person ada = people.get(0);
        Person first = people.get(1);
        Person second = people.get(2);
        String paper = submittedPaper(workshop, "Discussed paper", ada);
        TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, first));
        TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, second));

        post(second.token(), paper, "Too early").statusCode(409).body("detail", containsString("Submit your review"));
        thread(second.token(), paper).statusCode(409);
        for (Person reviewer : List.of(first, second)) {
            given().auth().oauth2(reviewer.token()).contentType(ContentType.JSON).body(TestAssignments.SUBMITTED_REVIEW)
                    .when().put("/api/submissions/" + paper + "/review").then().statusCode(200);
        }

        post(second.token(), paper, "  I found the method unclear.  ").statusCode(201).body("by", equalTo("Reviewer 2"))
                .body("mine", equalTo(true)).body("text", equalTo("I found the method unclear."));
        post(calls.chair(), paper, "Could Reviewer 1 weigh in?").statusCode(201).body("by", equalTo("Chair"));
        post(first.token(), paper, "").statusCode(400);

        thread(first.token(), paper).statusCode(200).body("posts.by", equalTo(List.of("Reviewer 2", "Chair")))
                .body("posts.mine", equalTo(List.of(false, false)))
                .body(not(containsString(second.email()))).body(not(containsString(second.name())));

        thread(ada.token(), paper).statusCode(404);
        post(ada.token(), paper, "Let me explain").statusCode(404);
        thread(calls.people("stranger", 1).getFirst().token(), paper).statusCode(404);
        thread(first.token(), UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void aChairWritesTheMetaReviewThatOnlyChairsRead() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person ada = calls.people("meta", 1).getFirst();
        String paper = submittedPaper(workshop, "Meta-reviewed paper", ada);

        metaReview(calls.chair(), paper, "{\"recommendation\": \"ACCEPT_ORAL\", \"text\": \"Strong consensus.\"}")
                .statusCode(200).body("recommendation", equalTo("ACCEPT_ORAL")).body("version", equalTo(1));
        metaReview(calls.chair(), paper, "{\"recommendation\": \"ACCEPT_POSTER\", \"text\": \"On reflection, a poster.\"}")
                .statusCode(200).body("version", equalTo(2));
        metaReview(calls.chair(), paper, "{\"recommendation\": \"SOMETIMES\", \"text\": \"x\"}").statusCode(400);
        metaReview(ada.token(), paper, "{\"recommendation\": \"ACCEPT_ORAL\", \"text\": \"Mine is great.\"}").statusCode(403);

        given().auth().oauth2(calls.chair()).when().get("/api/submissions/" + paper + "/reviews").then().statusCode(200)
                .body("metaReview.recommendation", equalTo("ACCEPT_POSTER"))
                .body("metaReview.text", equalTo("On reflection, a poster."));
        given().auth().oauth2(ada.token()).when().get("/api/submissions/" + paper + "/reviews").then().statusCode(200)
                .body("$", not(hasKey("metaReview"))).body(not(containsString("poster")));
    }

    private static ValidatableResponse post(String token, String paper, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\": \"" + text + "\"}")
                .when().post("/api/submissions/" + paper + "/discussion").then();
    }

    private static ValidatableResponse thread(String token, String paper) {
        return given().auth().oauth2(token).when().get("/api/submissions/" + paper + "/discussion").then();
    }

    private static ValidatableResponse metaReview(String token, String paper, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/submissions/" + paper + "/meta-review").then();
    }
}
