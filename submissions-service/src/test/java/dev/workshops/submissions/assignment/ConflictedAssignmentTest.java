package dev.workshops.submissions.assignment;

import static dev.workshops.submissions.TestCommittee.Author;
import static dev.workshops.submissions.TestCommittee.paper;
import static dev.workshops.submissions.TestCommittee.submitted;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCommittee;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A double-blind call whose committee has, beside two members without any tie, one member sharing an email domain
 * with an author, one who co-authors another submission with an author, one who declared a gmail-only author, one
 * the authors declared and one sharing an affiliation: each conflict is found, none of those pairs is proposed,
 * bid on or assigned, and a dismissed one becomes proposable.
 */
@QuarkusTest
class ConflictedAssignmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    Assignments assignments;

    private String chair;
    private String workshop;
    private List<TestCalls.Person> authors;
    private String erin;
    private TestCalls.Person sameDomain;
    private TestCalls.Person coAuthor;
    private TestCalls.Person declaresErin;
    private TestCalls.Person declaredByAuthors;
    private TestCalls.Person sameAffiliation;
    private TestCalls.Person free;
    private final Map<TestCalls.Person, String> memberIds = new java.util.HashMap<>();
    private String p1;
    private String p2;
    private String p3;
    private String p4;

    @BeforeEach
    void aCommitteeWithTiesToTheAuthors() {
        TestCalls calls = new TestCalls(issuer, kafka);
        TestCommittee committee = new TestCommittee(issuer);
        chair = calls.chair();
        workshop = calls.workshopWithCall(5);
        authors = calls.people("author", 4);
        long unique = System.nanoTime();
        erin = "erin." + unique + "@gmail.com";
        sameDomain = committee.people("pc-domain", 1, "cs.uni-north.edu").getFirst();
        coAuthor = committee.people("pc-coauthor", 1, "coauthor-lab.org").getFirst();
        declaresErin = committee.people("pc-gmail", 1, "gmail.com").getFirst();
        declaredByAuthors = committee.people("pc-declared", 1, "east-institute.org").getFirst();
        sameAffiliation = committee.people("pc-affiliation", 1, "west-college.org").getFirst();
        free = committee.people("pc-free", 1, "south-academy.org").getFirst();

        // Members who accepted before the papers came: found when the papers arrive.
        memberIds.put(sameDomain, TestCommittee.member(chair, workshop, sameDomain, "Northern Lights Lab"));
        memberIds.put(coAuthor, TestCommittee.member(chair, workshop, coAuthor, "Co-author Lab"));
        memberIds.put(declaresErin, TestCommittee.member(chair, workshop, declaresErin, "Independent", erin));
        memberIds.put(declaredByAuthors, TestCommittee.member(chair, workshop, declaredByAuthors, "Eastern Institute of Logic"));
        memberIds.put(sameAffiliation, TestCommittee.member(chair, workshop, sameAffiliation, "Western College"));
        memberIds.put(free, TestCommittee.member(chair, workshop, free, "Southern Academy"));

        String dave = "dave." + unique + "@shared-coauthor.org";
        p1 = submitted(authors.get(0), workshop, paper("Domains", List.of(Author.of(authors.get(0), "Toronto, University of."),
                new Author("Carol North", "carol." + unique + "@uni-north.edu", "North Labs"))));
        p2 = submitted(authors.get(1), workshop, paper("Co-authored", List.of(Author.of(authors.get(1), "Bench Lab"),
                new Author(coAuthor.name(), coAuthor.email(), "Co-author Lab"), new Author("Dave Shared", dave, "Shared Lab"))));
        p3 = submitted(authors.get(2), workshop, paper("Another with Dave", List.of(Author.of(authors.get(2), "Bench Lab"),
                new Author("Dave Shared", dave, "Shared Lab"))));
        p4 = submitted(authors.get(3), workshop, paper("Gmail only", List.of(Author.of(authors.get(3), "Bench Lab"),
                new Author("Erin Gmail", erin, "Home")), "@East-Institute.org"));
        // A member whose affiliation changes after the papers came: found when it changes.
        TestCommittee.answer(sameAffiliation.token(), workshop, TestCommittee.acceptance("the University of Tōronto")).statusCode(200);
    }

    @Test
    void everyTieIsFoundNoneIsProposedAndADismissedOneBecomesProposable() {
        assertEquals(Set.of(
                        conflict(p1, sameDomain, "EMAIL_DOMAIN"),
                        conflict(p1, sameAffiliation, "AFFILIATION"),
                        conflict(p2, coAuthor, "AUTHORSHIP"),
                        conflict(p3, coAuthor, "CO_AUTHORSHIP"),
                        conflict(p4, declaresErin, "DECLARED_BY_MEMBER"),
                        conflict(p4, declaredByAuthors, "DECLARED_BY_AUTHORS")),
                conflicts().stream().map(c -> c.get("submissionId").asText() + " " + c.get("memberId").asText() + " "
                        + c.get("source").asText() + " " + c.get("status").asText()).collect(Collectors.toSet()));

        // As many reviewers as members: every pair without a conflict is proposed, and only those.
        JsonNode proposal = propose(6);
        Set<String> conflicted = Set.of(pair(p1, sameDomain), pair(p1, sameAffiliation), pair(p2, coAuthor), pair(p3, coAuthor),
                pair(p4, declaresErin), pair(p4, declaredByAuthors));
        Set<String> proposed = pairs(proposal.get("assignments"));
        assertEquals(6 * 4 - conflicted.size(), proposed.size());
        assertTrue(proposed.stream().noneMatch(conflicted::contains), proposed.toString());
        assertEquals("only 4 members without a conflict", shortOf(proposal, p1).get("why").asText());
        assertEquals(2, shortOf(proposal, p1).get("missing").asInt());

        String domainConflict = conflicts().stream().filter(c -> c.get("source").asText().equals("EMAIL_DOMAIN")).findFirst()
                .orElseThrow().get("id").asText();
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"status\": \"DISMISSED\"}")
                .when().put("/api/conflicts/" + domainConflict).then().statusCode(200).body("status", equalTo("DISMISSED"));
        assertTrue(pairs(propose(6).get("assignments")).contains(pair(p1, sameDomain)));

        // Recomputed when its authors change again, the dismissed conflict stays dismissed.
        TestCalls.edit(authors.get(0).token(), p1, paper("Domains, revised", List.of(Author.of(authors.get(0), "Toronto, University of."),
                new Author("Carol North", "carol.again@uni-north.edu", "North Labs")))).statusCode(200);
        JsonNode kept = conflicts().stream().filter(c -> c.get("id").asText().equals(domainConflict)).findFirst().orElseThrow();
        assertEquals("DISMISSED", kept.get("status").asText());
        assertTrue(kept.get("evidence").asText().contains("carol.again@uni-north.edu"), kept.toString());
        assertTrue(pairs(propose(6).get("assignments")).contains(pair(p1, sameDomain)));
    }

    @Test
    void aConflictedMemberBidsOnNothingOfThePaperAndSeesNoAuthor() {
        Response bids = given().auth().oauth2(coAuthor.token()).when().get("/api/workshops/" + workshop + "/bids/me");
        assertEquals(200, bids.statusCode(), bids.asString());
        assertEquals(Set.of(p1, p4), new HashSet<>(bids.jsonPath().getList("submissionId")));
        assertAuthorsAbsent(bids.asString());

        given().auth().oauth2(coAuthor.token()).contentType(ContentType.JSON).body("{\"bid\": \"EAGER\"}")
                .when().put("/api/submissions/" + p3 + "/bid").then().statusCode(404).body("detail", equalTo("No submission " + p3 + "."));
        given().auth().oauth2(coAuthor.token()).contentType(ContentType.JSON).body("{\"bid\": \"EAGER\"}")
                .when().put("/api/submissions/" + p1 + "/bid").then().statusCode(204);
        given().auth().oauth2(authors.get(0).token()).contentType(ContentType.JSON).body("{\"bid\": \"EAGER\"}")
                .when().put("/api/submissions/" + p2 + "/bid").then().statusCode(404);
        given().auth().oauth2(coAuthor.token()).when().get("/api/workshops/" + workshop + "/bids/me").then().statusCode(200)
                .body("find { it.submissionId == '" + p1 + "' }.bid", equalTo("EAGER"));
    }

    @Test
    void assigningAConflictedPairWritesNothingAndAnAssignedReviewerGetsTheBlindCopy() throws Throwable {
        String fine = "{\"submissionId\": \"%s\", \"memberId\": \"%s\"}".formatted(p1, memberIds.get(free));
        String tied = "{\"submissionId\": \"%s\", \"memberId\": \"%s\"}".formatted(p3, memberIds.get(coAuthor));
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"assignments\": [" + fine + "," + tied + "]}")
                .when().post("/api/workshops/" + workshop + "/assignments").then().statusCode(409)
                .body("detail", containsString("conflict of interest")).body("conflicted[0].submissionId", equalTo(p3));
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/assignments").then().statusCode(200).body("size()", equalTo(0));

        String other = "{\"submissionId\": \"%s\", \"memberId\": \"%s\"}".formatted(p2, memberIds.get(free));
        List<String> made = given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"assignments\": [" + fine + "," + other + "]}")
                .when().post("/api/workshops/" + workshop + "/assignments").then().statusCode(201)
                .body("state", equalTo(List.of("ASSIGNED", "ASSIGNED"))).extract().path("id");
        String call = given().when().get("/api/workshops/" + workshop + "/call").then().extract().path("reviewDeadlineAt");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("ASSIGNED"),
                facts(made.getFirst()).stream().map(f -> f.get("state").asText()).toList()));
        JsonNode fact = facts(made.getFirst()).getFirst();
        assertEquals(free.email(), fact.get("memberEmail").asText());
        assertEquals(java.time.Instant.parse(call), java.time.Instant.parse(fact.get("dueAt").asText()));
        assertAuthorsAbsent(fact.toString());

        // The assigned member gets the reviewers' copy; nobody else on the committee gets the paper.
        Response pdf = given().auth().oauth2(free.token()).when().get("/api/submissions/" + p1 + "/pdf");
        assertEquals(200, pdf.statusCode(), pdf.asString());
        assertEquals("attachment; filename=\"submission-" + p1 + ".pdf\"", pdf.header("Content-Disposition"));
        byte[] copy = pdf.asByteArray();
        try (PDDocument read = Loader.loadPDF(copy)) {
            PDDocumentInformation info = read.getDocumentInformation();
            assertNull(info.getAuthor());
            assertNull(info.getCreator());
            assertNull(read.getDocumentCatalog().getMetadata());
        }
        assertFalse(new String(copy, StandardCharsets.ISO_8859_1).contains(authors.get(0).name()));
        given().auth().oauth2(free.token()).when().get("/api/submissions/" + p1 + "/pdf/reviewer-copy").then().statusCode(200);
        given().auth().oauth2(coAuthor.token()).when().get("/api/submissions/" + p1 + "/pdf").then().statusCode(404);

        // A chair takes one back (its fact says REMOVED); once a review is submitted the other never moves.
        given().auth().oauth2(chair).when().delete("/api/assignments/" + made.get(1)).then().statusCode(204);
        given().auth().oauth2(chair).when().delete("/api/assignments/" + made.get(1)).then().statusCode(404);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("ASSIGNED", "REMOVED"),
                facts(made.get(1)).stream().map(f -> f.get("state").asText()).toList()));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> assignments.reviewSubmitted(UUID.fromString(made.getFirst()))));
        given().auth().oauth2(chair).when().delete("/api/assignments/" + made.getFirst()).then().statusCode(409);
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/assignments").then().statusCode(200)
                .body("state", equalTo(List.of("SUBMITTED")));
    }

    @Test
    void aConflictFoundAfterAssigningTakesBackTheUnsubmittedAssignmentAndFlagsTheSubmittedOne() throws Throwable {
        List<String> made = assign(pairJson(p1, free), pairJson(p2, free));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> assignments.reviewSubmitted(UUID.fromString(made.get(1)))));

        TestCommittee.answer(free.token(), workshop, TestCommittee.acceptance("Southern Academy", authors.get(0).email(),
                authors.get(1).email())).statusCode(200);

        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/assignments").then().statusCode(200)
                .body("id", equalTo(List.of(made.get(1)))).body("state", equalTo(List.of("SUBMITTED")))
                .body("blocked", equalTo(List.of(true)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("ASSIGNED", "REMOVED"),
                facts(made.getFirst()).stream().map(f -> f.get("state").asText()).toList()));
        given().auth().oauth2(free.token()).when().get("/api/submissions/" + p1 + "/pdf").then().statusCode(404);
    }

    @Test
    void confirmingADismissedConflictOnAnAssignedPairTakesTheAssignmentBack() {
        String domainConflict = conflicts().stream().filter(c -> c.get("source").asText().equals("EMAIL_DOMAIN")).findFirst()
                .orElseThrow().get("id").asText();
        decide(domainConflict, "DISMISSED");
        String made = assign(pairJson(p1, sameDomain)).getFirst();
        given().auth().oauth2(sameDomain.token()).when().get("/api/submissions/" + p1 + "/pdf").then().statusCode(200);

        decide(domainConflict, "CONFIRMED");

        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/assignments").then().statusCode(200).body("size()", equalTo(0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("ASSIGNED", "REMOVED"),
                facts(made).stream().map(f -> f.get("state").asText()).toList()));
        given().auth().oauth2(sameDomain.token()).when().get("/api/submissions/" + p1 + "/pdf").then().statusCode(404);
    }

    @Test
    void aDeclaredDomainNamingEveryoneThereIsRefusedOnBothSides() {
        TestCalls.edit(authors.get(3).token(), p4, paper("Gmail only", List.of(Author.of(authors.get(3), "Bench Lab")), "edu"))
                .statusCode(400).body("violations.field", equalTo(List.of("declaredConflicts[0]")));
        TestCalls.edit(authors.get(3).token(), p4, paper("Gmail only", List.of(Author.of(authors.get(3), "Bench Lab")), "not a domain"))
                .statusCode(400).body("violations.field", equalTo(List.of("declaredConflicts[0]")));
        TestCommittee.answer(free.token(), workshop, TestCommittee.acceptance("Southern Academy", "@gmail.com")).statusCode(400)
                .body("violations.field", equalTo(List.of("declaredConflicts[0]")));
        TestCommittee.answer(free.token(), workshop, TestCommittee.acceptance("Southern Academy", "ac.uk")).statusCode(400)
                .body("violations.field", equalTo(List.of("declaredConflicts[0]")));
        // An exact address at a public mail domain names one person: fine.
        TestCommittee.answer(free.token(), workshop, TestCommittee.acceptance("Southern Academy", "someone@gmail.com")).statusCode(200);
    }

    @Test
    void racingInvitationsOfOneEmailGiveOneMemberAndRacingBidsAllLand() {
        String email = "racing." + System.nanoTime() + "@south-academy.org";
        List<Integer> invited = inParallel(8, i -> given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body("{\"email\": \"%s\", \"name\": \"Racer\"}".formatted(email))
                .when().post("/api/workshops/" + workshop + "/committee").statusCode());
        assertEquals(List.of(201, 409, 409, 409, 409, 409, 409, 409), invited.stream().sorted().toList());

        List<String> levels = List.of("EAGER", "WILLING", "NEUTRAL", "NOT_WILLING");
        List<Integer> placed = inParallel(8, i -> given().auth().oauth2(free.token()).contentType(ContentType.JSON)
                .body("{\"bid\": \"" + levels.get(i % levels.size()) + "\"}")
                .when().put("/api/submissions/" + p2 + "/bid").statusCode());
        assertEquals(List.of(204, 204, 204, 204, 204, 204, 204, 204), placed);
        String kept = given().auth().oauth2(free.token()).when().get("/api/workshops/" + workshop + "/bids/me").then().statusCode(200)
                .extract().path("find { it.submissionId == '" + p2 + "' }.bid");
        assertTrue(levels.contains(kept), kept);
    }

    @Test
    void movingTheReviewDeadlinePublishesEachAssignmentAgainDueThen() {
        String made = given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body("{\"assignments\": [{\"submissionId\": \"%s\", \"memberId\": \"%s\"}]}".formatted(p2, memberIds.get(free)))
                .when().post("/api/workshops/" + workshop + "/assignments").then().statusCode(201).extract().path("[0].id");
        java.time.LocalDate day = TestCalls.deadlineDay(5);
        String later = TestCalls.call(day, null).replace("\"reviewDeadline\": {\"date\": \"" + day.plusDays(30),
                "\"reviewDeadline\": {\"date\": \"" + day.plusDays(40));
        String due = TestCalls.putCall(chair, workshop, later).statusCode(200).extract().path("reviewDeadlineAt");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> facts = facts(made);
            assertEquals(List.of(1L, 2L), facts.stream().map(f -> f.get("version").asLong()).toList());
            assertEquals(java.time.Instant.parse(due), java.time.Instant.parse(facts.getLast().get("dueAt").asText()));
            assertEquals("ASSIGNED", facts.getLast().get("state").asText());
        });
    }

    @Test
    void moreReviewersPerPaperThanMembersIsAProblem() {
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"reviewsPerPaper\": 7}")
                .when().post("/api/workshops/" + workshop + "/assignments/proposal").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A proposal of 7 reviewers per paper needs at least 7 accepted committee members; this committee has 6."))
                .body("acceptedMembers", equalTo(6));
    }

    @Test
    void theCommitteeIsListedPubliclyByNameAndAffiliationOnly() {
        Response listed = given().when().get("/api/workshops/" + workshop + "/committee");
        assertEquals(200, listed.statusCode());
        assertEquals(6, listed.jsonPath().getList("$").size());
        assertEquals(Set.of("name", "affiliation"), listed.jsonPath().getMap("[0]").keySet());
        assertFalse(listed.asString().contains("@"));

        TestCommittee.answer(free.token(), workshop, "{\"accept\": true, \"listPublicly\": false, \"maxLoad\": 9}").statusCode(400);
        TestCommittee.answer(authors.get(0).token(), workshop, TestCommittee.acceptance("Bench Lab")).statusCode(404);
        given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body("{\"email\": \"%s\", \"name\": \"Again\"}".formatted(free.email().toUpperCase()))
                .when().post("/api/workshops/" + workshop + "/committee").then().statusCode(409);
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/committee").then().statusCode(200)
                .body("size()", equalTo(6)).body("status", equalTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED")));
    }

    private void assertAuthorsAbsent(String body) {
        List<String> traces = new ArrayList<>(List.of(erin, "Carol North", "Dave Shared", "uni-north.edu", "shared-coauthor.org",
                "Toronto, University", "Bench Lab", "Shared Lab"));
        for (TestCalls.Person author : authors) {
            traces.add(author.email());
            traces.add(author.name());
        }
        for (String trace : traces) {
            assertFalse(body.contains(trace), trace + " in " + body);
        }
    }

    private static List<Integer> inParallel(int count, IntFunction<Integer> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : calls) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> assign(String... pairs) {
        return given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"assignments\": [" + String.join(",", pairs) + "]}")
                .when().post("/api/workshops/" + workshop + "/assignments").then().statusCode(201).extract().path("id");
    }

    private String pairJson(String paper, TestCalls.Person member) {
        return "{\"submissionId\": \"%s\", \"memberId\": \"%s\"}".formatted(paper, memberIds.get(member));
    }

    private void decide(String conflictId, String status) {
        given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                .when().put("/api/conflicts/" + conflictId).then().statusCode(200).body("status", equalTo(status));
    }

    private List<JsonNode> facts(String assignmentId) {
        return TestEvents.readAll(kafka, Topics.REVIEW_ASSIGNMENTS).stream().filter(r -> assignmentId.equals(r.key()))
                .map(r -> read(r.value())).toList();
    }

    private List<JsonNode> conflicts() {
        JsonNode list = read(given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/conflicts")
                .then().statusCode(200).extract().asString());
        List<JsonNode> all = new ArrayList<>();
        list.forEach(all::add);
        return all;
    }

    private JsonNode propose(int reviewsPerPaper) {
        return read(given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body("{\"reviewsPerPaper\": " + reviewsPerPaper + ", \"maxLoad\": 10}")
                .when().post("/api/workshops/" + workshop + "/assignments/proposal").then().statusCode(200).extract().asString());
    }

    private static JsonNode shortOf(JsonNode proposal, String paper) {
        for (JsonNode entry : proposal.get("short")) {
            if (entry.get("submissionId").asText().equals(paper)) {
                return entry;
            }
        }
        throw new AssertionError(paper + " is not short in " + proposal);
    }

    private String conflict(String paper, TestCalls.Person member, String source) {
        return paper + " " + memberIds.get(member) + " " + source + " AUTO";
    }

    private String pair(String paper, TestCalls.Person member) {
        return paper + " " + memberIds.get(member);
    }

    private static Set<String> pairs(JsonNode assignments) {
        Set<String> pairs = new HashSet<>();
        assignments.forEach(a -> pairs.add(a.get("submissionId").asText() + " " + a.get("memberId").asText()));
        return pairs;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
