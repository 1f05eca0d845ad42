package dev.workshops.submissions.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.submissions.TestCalls;
import dev.workshops.submissions.TestCommittee;
import dev.workshops.submissions.bid.BidLevel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * 40 papers, 30 members, 3 reviewers per paper, a load of at most 4: exactly the committee's capacity. With bids on
 * part of the pairs, a NOT_WILLING among them, every paper gets 3 within the loads, and no NOT_WILLING pair is
 * proposed while the flow without NOT_WILLING arcs assigns them all.
 */
@QuarkusTest
class BalancedAssignmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void fortyPapersThirtyMembersThreeEachWithinFourAndNoNotWillingWhileAvoidable() throws IOException {
        TestCalls calls = new TestCalls(issuer, kafka);
        String chair = calls.chair();
        String workshop = calls.workshopWithCall(5);
        List<TestCalls.Person> submitters = calls.people("author", 4);
        List<TestCalls.Person> people = new TestCommittee(issuer).people("pc-balanced", 30, "committee-balanced.org");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            members.add(TestCommittee.member(chair, workshop, people.get(i), "Committee Lab " + i));
        }
        List<String> papers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TestCalls.Person submitter = submitters.get(i % submitters.size());
            papers.add(TestCommittee.submitted(submitter, workshop, TestCommittee.paper("Paper " + i,
                    List.of(TestCommittee.Author.of(submitter, "Bench Lab")))));
        }
        Random random = new Random(18);
        Map<AssignmentProposal.Pair, BidLevel> bids = new HashMap<>();
        for (int m = 0; m < people.size(); m++) {
            for (String paper : papers) {
                if (random.nextInt(3) == 0) {
                    BidLevel bid = BidLevel.values()[random.nextInt(BidLevel.values().length)];
                    given().auth().oauth2(people.get(m).token()).contentType(ContentType.JSON).body("{\"bid\": \"" + bid + "\"}")
                            .when().put("/api/submissions/" + paper + "/bid").then().statusCode(204);
                    bids.put(new AssignmentProposal.Pair(UUID.fromString(paper), UUID.fromString(members.get(m))), bid);
                }
            }
        }
        assertTrue(bids.containsValue(BidLevel.NOT_WILLING));
        // The input below has no conflicts: so must the workshop.
        given().auth().oauth2(chair).when().get("/api/workshops/" + workshop + "/conflicts").then().statusCode(200)
                .body("size()", equalTo(0));

        String first = propose(chair, workshop);
        JsonNode proposal = JSON.readTree(first);

        Map<String, Integer> perPaper = new HashMap<>();
        Map<String, Integer> perMember = new HashMap<>();
        List<Map<String, String>> pairs = new ArrayList<>();
        int notWilling = 0;
        for (JsonNode pair : proposal.get("assignments")) {
            perPaper.merge(pair.get("submissionId").asText(), 1, Integer::sum);
            perMember.merge(pair.get("memberId").asText(), 1, Integer::sum);
            pairs.add(Map.of("submissionId", pair.get("submissionId").asText(), "memberId", pair.get("memberId").asText()));
            if ("NOT_WILLING".equals(pair.get("bid").asText())) {
                notWilling++;
            }
            BidLevel bid = bids.get(new AssignmentProposal.Pair(UUID.fromString(pair.get("submissionId").asText()),
                    UUID.fromString(pair.get("memberId").asText())));
            assertEquals(bid == null ? "NULL" : bid.name(), pair.get("bid").isNull() ? "NULL" : pair.get("bid").asText());
        }
        assertEquals(40, perPaper.size());
        assertTrue(perPaper.values().stream().allMatch(count -> count == 3), perPaper.toString());
        assertTrue(perMember.values().stream().allMatch(count -> count <= 4), perMember.toString());
        assertEquals(0, proposal.get("short").size());

        AssignmentProposal.Input input = new AssignmentProposal.Input(3,
                papers.stream().map(p -> new AssignmentProposal.Paper(UUID.fromString(p), 0)).toList(),
                members.stream().map(m -> new AssignmentProposal.Member(UUID.fromString(m), 4, 0)).toList(),
                Set.of(), Set.of(), bids);
        assertEquals(40 * 3, FlowOptimum.reviewsWithoutNotWilling(input), "seed 18 leaves a full assignment without NOT_WILLING");
        assertEquals(0, notWilling, "a NOT_WILLING pair while a full assignment without one exists");
        assertEquals(first, propose(chair, workshop), "the same input gives the same proposal");

        // Applied, the proposal's pairs stay; a new proposal adds nothing and leaves no paper short.
        given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("assignments", pairs))
                .when().post("/api/workshops/" + workshop + "/assignments").then().statusCode(201);
        JsonNode after = JSON.readTree(propose(chair, workshop));
        assertEquals(0, after.get("assignments").size());
        assertEquals(0, after.get("short").size());
    }

    private static String propose(String chair, String workshop) {
        return given().auth().oauth2(chair).contentType(ContentType.JSON).body("{\"reviewsPerPaper\": 3, \"maxLoad\": 4}")
                .when().post("/api/workshops/" + workshop + "/assignments/proposal").then().statusCode(200).extract().asString();
    }
}
