package dev.workshops.submissions.review;

import static dev.workshops.submissions.TestCalls.read;
import static dev.workshops.submissions.TestCalls.submittedPaper;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.submissions.TestAssignments;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewResourceTest {

    static final String FULL = """
            {"overall": 8, "confidence": 4, "originality": 4, "relevance": 5, "rigor": 3, "summary": "A careful study.",
             "strengths": "Open data.", "weaknesses": "Small sample.", "commentsToAuthors": "%s",
             "confidentialToChairs": "%s", "submit": %s}""";

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    TestClock clock;

    @Test
    void aReviewerSeesTheOthersReviewsOnlyAfterSubmittingTheirOwnAndOnlyAsReviewerN() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("reviewing", 4);
        Person ada = people.get(0);
        Person first = people.get(1);
        Person second = people.get(2);
        Person unassigned = people.get(3);
        String paper = submittedPaper(workshop, "Reviewed paper", ada);
        UUID firstMember = TestAssignments.acceptedMember(workshop, first);
        UUID secondMember = TestAssignments.acceptedMember(workshop, second);
        TestAssignments.acceptedMember(workshop, unassigned);
        UUID firstAssignment = TestAssignments.assign(workshop, paper, firstMember);
        UUID secondAssignment = TestAssignments.assign(workshop, paper, secondMember);

        review(first.token(), paper, "{\"overall\": 7, \"summary\": \"First thoughts\", \"submit\": false}").statusCode(200)
                .body("state", equalTo("DRAFT")).body("reviewer", equalTo("Reviewer 1")).body("overall", equalTo(7));
        review(second.token(), paper, FULL.formatted("Please add a baseline.", "Borderline.", true)).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("reviewer", equalTo("Reviewer 2"));
        assertEquals(ReviewAssignmentChanged.State.SUBMITTED, TestAssignments.stateOf(secondAssignment));
        assertEquals(ReviewAssignmentChanged.State.ASSIGNED, TestAssignments.stateOf(firstAssignment));

        reviews(first.token(), paper).statusCode(200).body("othersHidden", equalTo(true)).body("reviews.size()", equalTo(1))
                .body("reviews[0].summary", equalTo("First thoughts")).body("reviews[0].mine", equalTo(true));

        // A submission without every score, or with one out of range, is refused whole: the draft stays as it was.
        review(first.token(), paper, "{\"overall\": 6, \"summary\": \"Changed\", \"submit\": true}").statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("confidence"))
                .body("violations.field", hasItem("rigor"));
        review(first.token(), paper, FULL.formatted("x", "y", true).replace("\"overall\": 8", "\"overall\": 11"))
                .statusCode(400).body("violations.field", equalTo(List.of("overall")));
        review(first.token(), paper, FULL.formatted("x", "y", true).replace("\"rigor\": 3", "\"rigor\": 0"))
                .statusCode(400).body("violations.field", equalTo(List.of("rigor")));
        reviews(first.token(), paper).statusCode(200).body("reviews[0].summary", equalTo("First thoughts"))
                .body("reviews[0].state", equalTo("DRAFT"));

        review(first.token(), paper, FULL.formatted("Nice idea.", "Accept.", true)).statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        reviews(first.token(), paper).statusCode(200).body("othersHidden", equalTo(false))
                .body("reviews.reviewer", equalTo(List.of("Reviewer 1", "Reviewer 2")))
                .body("reviews[0].confidentialToChairs", equalTo("Accept."))
                .body("reviews[1]", not(hasKey("confidentialToChairs")))
                .body("reviews[1]", not(hasKey("member")))
                .body("reviews[1].commentsToAuthors", equalTo("Please add a baseline."));

        // A submitted review may be corrected (it stays submitted) until the review deadline.
        review(first.token(), paper, FULL.formatted("Nice idea, revised.", "Accept.", false)).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("commentsToAuthors", equalTo("Nice idea, revised."));

        review(unassigned.token(), paper, FULL.formatted("x", "y", true)).statusCode(404);
        reviews(unassigned.token(), paper).statusCode(404);
        review(first.token(), UUID.randomUUID().toString(), FULL.formatted("x", "y", true)).statusCode(404);

        reviews(calls.chair(), paper).statusCode(200)
                .body("reviews.member.email", equalTo(List.of(first.email(), second.email())))
                .body("reviews.confidentialToChairs", equalTo(List.of("Accept.", "Borderline.")));
        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/submissions").then().statusCode(200)
                .body("items[0].progress.assigned", equalTo(2)).body("items[0].progress.submitted", equalTo(2))
                .body("items[0].progress.meanScores.overall", equalTo(8.0f));
        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/reviews/progress").then()
                .statusCode(200).body("find { it.email == '%s' }.submitted".formatted(first.email()), equalTo(1))
                .body("find { it.email == '%s' }.late".formatted(first.email()), equalTo(0));
        given().auth().oauth2(first.token()).when().get("/api/workshops/" + workshop + "/reviews/progress").then()
                .statusCode(403);

        mine(first.token(), workshop).statusCode(200).body("size()", equalTo(1)).body("[0].review", equalTo("SUBMITTED"))
                .body("[0].paper.title", equalTo("Reviewed paper")).body("[0].paper", not(hasKey("authors")))
                .body("[0].dueAt", equalTo(TestCalls.deadlineDay(41) + "T11:59:00Z"));
        mine(unassigned.token(), workshop).statusCode(200).body("size()", equalTo(0));

        // The author reads nothing before release, then the comments to authors only.
        reviews(ada.token(), paper).statusCode(200).body("reviews", equalTo(List.of()));
        decideAndRelease(calls.chair(), workshop, paper, "ACCEPT_POSTER");
        reviews(ada.token(), paper).statusCode(200)
                .body("reviews.commentsToAuthors", equalTo(List.of("Nice idea, revised.", "Please add a baseline.")))
                .body("reviews.reviewer", equalTo(List.of("Reviewer 1", "Reviewer 2")))
                .body("reviews[0]", not(hasKey("overall"))).body("reviews[0]", not(hasKey("confidentialToChairs")));
        read(ada.token(), paper).statusCode(200).body("reviews.commentsToAuthors", hasItem("Please add a baseline."));
        review(first.token(), paper, FULL.formatted("Too late", "", true)).statusCode(409)
                .body("detail", containsString("released"));
        // An accepted paper's authors are revealed to its reviewers from its release on, in its PDF too (the original).
        mine(first.token(), workshop).statusCode(200).body("[0].paper.authors[0].name", equalTo(ada.name()));
        given().auth().oauth2(first.token()).when().get("/api/submissions/" + paper + "/pdf").then().statusCode(200)
                .header("Content-Disposition", containsString("submission-" + paper + "-v1.pdf"));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("workshop_reviews_total{state=\"SUBMITTED\",workshop=\"" + workshop + "\"} 3"))
                .body(containsString("workshop_reviews_total{state=\"DRAFT\",workshop=\"" + workshop + "\"} 1"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of("SUBMITTED"), statesPublished(secondAssignment)));
    }

    @Test
    void aConflictedReviewerFindsNoPaperUntilAChairDismissesTheConflict() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("conflicted", 2);
        String paper = submittedPaper(workshop, "Conflicted paper", people.get(0));
        Person reviewer = people.get(1);
        UUID member = TestAssignments.acceptedMember(workshop, reviewer);
        TestAssignments.assign(workshop, paper, member);
        UUID conflict = TestAssignments.conflict(workshop, paper, member, Conflict.Status.AUTO);

        review(reviewer.token(), paper, FULL.formatted("x", "y", false)).statusCode(404)
                .body("detail", equalTo("No submission " + paper + "."));
        reviews(reviewer.token(), paper).statusCode(404);
        mine(reviewer.token(), workshop).statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(reviewer.token()).when().get("/api/submissions/" + paper + "/pdf").then().statusCode(404);

        TestAssignments.setConflict(conflict, Conflict.Status.DISMISSED);
        review(reviewer.token(), paper, FULL.formatted("x", "y", false)).statusCode(200).body("state", equalTo("DRAFT"));
        mine(reviewer.token(), workshop).statusCode(200).body("size()", equalTo(1)).body("[0].review", equalTo("DRAFT"));
    }

    @Test
    void pastTheReviewDeadlineAnUnsubmittedReviewIsLateAndASubmittedOneIsFinal() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("deadline-review", 3);
        String paper = submittedPaper(workshop, "Paper reviewed late", people.get(0));
        UUID punctual = TestAssignments.acceptedMember(workshop, people.get(1));
        UUID late = TestAssignments.acceptedMember(workshop, people.get(2));
        TestAssignments.assign(workshop, paper, punctual);
        TestAssignments.assign(workshop, paper, late);
        review(people.get(1).token(), paper, FULL.formatted("Fine.", "", true)).statusCode(200);
        review(people.get(2).token(), paper, "{\"summary\": \"Half done\", \"submit\": false}").statusCode(200);

        Instant reviewDeadline = Instant.parse(TestCalls.deadlineDay(41) + "T11:59:00Z");
        clock.advance(Duration.between(TestCalls.now(), reviewDeadline.plus(Duration.ofMinutes(1))));

        review(people.get(1).token(), paper, FULL.formatted("Changed my mind.", "", false)).statusCode(409)
                .body("detail", containsString("review deadline"));
        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/reviews/progress").then()
                .statusCode(200).body("find { it.memberId == '%s' }.late".formatted(late), equalTo(1))
                .body("find { it.memberId == '%s' }.drafts".formatted(late), equalTo(1))
                .body("find { it.memberId == '%s' }.late".formatted(punctual), equalTo(0));
        String tags = "workshop=\"" + workshop + "\"}";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(containsString("workshop_reviews_late{member=\"" + late + "\"," + tags + " 1.0"))
                .body(containsString("workshop_review_assignments{member=\"" + late + "\",state=\"assigned\"," + tags + " 1.0"))
                .body(not(containsString("workshop_reviews_due")))
                .body(containsString("workshop_review_assignments{member=\"" + punctual + "\",state=\"submitted\"," + tags + " 1.0"))
                .body(containsString("workshop_conflicts_awaiting_chair{" + tags + " 0.0")));

        // A late reviewer may still submit.
        review(people.get(2).token(), paper, FULL.formatted("Sorry for the delay.", "", true)).statusCode(200)
                .body("state", equalTo("SUBMITTED"));

        // A month after its review deadline the call has left the gauges.
        clock.advance(Duration.ofDays(31));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(not(containsString("member=\"" + late + "\""))));
    }

    @Test
    void twoFirstSavesOfTheSameReviewAtOnceBothSucceedWithOneReview() throws Exception {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("racing-review", 2);
        String paper = submittedPaper(workshop, "Paper saved twice at once", people.get(0));
        Person reviewer = people.get(1);
        UUID assignment = TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, reviewer));

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> saves = List.of("First", "Second").stream().map(summary -> pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return review(reviewer.token(), paper, "{\"summary\": \"" + summary + "\", \"submit\": false}")
                        .extract().statusCode();
            })).toList();
            for (Future<Integer> save : saves) {
                assertEquals(200, save.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestAssignments.reviewRows(assignment));
    }

    @Test
    void aRemovedReviewerLeavesTheOthersTheirNumbers() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("renumbered", 4);
        String paper = submittedPaper(workshop, "Paper losing a reviewer", people.get(0));
        UUID first = TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, people.get(1)));
        TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, people.get(2)));
        review(people.get(2).token(), paper, FULL.formatted("Fine.", "", true)).statusCode(200)
                .body("reviewer", equalTo("Reviewer 2"));

        TestAssignments.remove(first);
        UUID third = TestAssignments.acceptedMember(workshop, people.get(3));
        TestAssignments.assign(workshop, paper, third);

        reviews(people.get(2).token(), paper).statusCode(200).body("reviews.reviewer", equalTo(List.of("Reviewer 2")));
        review(people.get(3).token(), paper, FULL.formatted("Late addition.", "", true)).statusCode(200)
                .body("reviewer", equalTo("Reviewer 3"));
        reviews(calls.chair(), paper).statusCode(200).body("reviews.reviewer", equalTo(List.of("Reviewer 2", "Reviewer 3")));
    }

    @Test
    void withdrawingAPaperEndsItsUnsubmittedAssignments() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("withdrawn-review", 3);
        Person ada = people.get(0);
        String paper = submittedPaper(workshop, "Paper withdrawn in review", ada);
        UUID pending = TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, people.get(1)));
        UUID done = TestAssignments.assign(workshop, paper, TestAssignments.acceptedMember(workshop, people.get(2)));
        review(people.get(2).token(), paper, FULL.formatted("Fine.", "", true)).statusCode(200);

        given().auth().oauth2(ada.token()).when().delete("/api/submissions/" + paper).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        assertEquals(ReviewAssignmentChanged.State.REMOVED, TestAssignments.stateOf(pending));
        assertEquals(ReviewAssignmentChanged.State.SUBMITTED, TestAssignments.stateOf(done));
        mine(people.get(1).token(), workshop).statusCode(200).body("size()", equalTo(0));
        // (The tests' assignments are written straight into the table: the withdrawal's REMOVED is their first fact.)
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(List.of("REMOVED"), statesPublished(pending));
            assertEquals(List.of("SUBMITTED"), statesPublished(done));
        });
    }

    @Test
    void aChairsOwnPaperIsReadAsItsAuthorsReadItAndNotJudgedByThem() {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        Person olivia = new Person(calls.chair(), "olivia@workshop.test", "Olivia Organizer");
        List<Person> people = calls.people("chair-author", 2);
        String own = submittedPaper(workshop, "The chair's own paper", olivia);
        String other = submittedPaper(workshop, "Someone else's paper", people.get(0));
        Person reviewer = people.get(1);
        UUID member = TestAssignments.acceptedMember(workshop, reviewer);
        TestAssignments.assign(workshop, own, member);
        TestAssignments.assign(workshop, other, member);
        review(reviewer.token(), own, FULL.formatted("Own.", "Secret.", true)).statusCode(200);
        review(reviewer.token(), other, FULL.formatted("Other.", "", true)).statusCode(200);

        given().auth().oauth2(calls.chair()).contentType(ContentType.JSON).body("{\"outcome\": \"ACCEPT_ORAL\"}")
                .when().put("/api/submissions/" + own + "/decision").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(calls.chair()).contentType(ContentType.JSON)
                .body("{\"recommendation\": \"ACCEPT_ORAL\", \"text\": \"Mine is great.\"}")
                .when().put("/api/submissions/" + own + "/meta-review").then().statusCode(403);
        given().auth().oauth2(calls.chair()).contentType(ContentType.JSON).body("{\"outcome\": \"REJECT\"}")
                .when().put("/api/submissions/" + other + "/decision").then().statusCode(200);

        given().auth().oauth2(calls.chair()).when().get("/api/workshops/" + workshop + "/submissions").then().statusCode(200)
                .body("items.find { it.id == '%s' }".formatted(own), not(hasKey("progress")))
                .body("items.find { it.id == '%s' }.decision".formatted(own), equalTo(null))
                .body("items.find { it.id == '%s' }.progress.submitted".formatted(other), equalTo(1))
                .body("items.find { it.id == '%s' }.decision.outcome".formatted(other), equalTo("REJECT"));
        read(calls.chair(), own).statusCode(200).body("decision", equalTo(null));
        reviews(calls.chair(), own).statusCode(200).body("reviews", equalTo(List.of()));
    }

    /** The states of the assignment's facts on `review-assignments`, oldest first. */
    private List<String> statesPublished(UUID assignment) {
        return TestEvents.readAll(kafka, Topics.REVIEW_ASSIGNMENTS).stream()
                .filter(fact -> fact.key().equals(assignment.toString()))
                .map(fact -> Stream.of(ReviewAssignmentChanged.State.values()).map(Enum::name)
                        .filter(state -> fact.value().contains("\"" + state + "\"")).findFirst().orElse("none"))
                .toList();
    }

    static ValidatableResponse review(String token, String paper, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/submissions/" + paper + "/review").then();
    }

    static ValidatableResponse reviews(String token, String paper) {
        return given().auth().oauth2(token).when().get("/api/submissions/" + paper + "/reviews").then();
    }

    static ValidatableResponse mine(String token, String workshop) {
        return given().auth().oauth2(token).when().get("/api/workshops/" + workshop + "/reviews/me").then();
    }

    static void decideAndRelease(String chair, String workshop, String paper, String outcome) {
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"outcome\": \"" + outcome + "\"}")
                .when().put("/api/submissions/" + paper + "/decision").then().statusCode(200);
        given().auth().oauth2(chair).when().post("/api/workshops/" + workshop + "/decisions/release").then().statusCode(200);
    }
}
