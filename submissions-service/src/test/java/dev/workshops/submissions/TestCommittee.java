package dev.workshops.submissions;

import static io.restassured.RestAssured.given;

import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.pdf.PdfResource;
import dev.workshops.submissions.pdf.TestPdfs;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** People on a committee and papers for them to review: invitations, answers, submitted papers with their PDF. */
public final class TestCommittee {

    private final String issuer;

    public TestCommittee(String issuer) {
        this.issuer = issuer;
    }

    /** People signed in with a verified email at {@code domain}. */
    public List<TestCalls.Person> people(String role, int count, String domain) {
        return KeycloakUsers.create(issuer, role + "-" + System.nanoTime(), count, "attendee", domain).stream()
                .map(name -> new TestCalls.Person(Tokens.accessToken(issuer, name), name + "@" + domain, name)).toList();
    }

    /** A chair invites the person; answers the new member's id. */
    public static String invite(String chair, String workshop, TestCalls.Person person) {
        return given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body("{\"email\": \"%s\", \"name\": \"%s\"}".formatted(person.email(), person.name()))
                .when().post("/api/workshops/" + workshop + "/committee").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse answer(String token, String workshop, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/workshops/" + workshop + "/committee/me").then();
    }

    /** Invited and accepted, listed publicly, with an affiliation and declarations; answers the member's id. */
    public static String member(String chair, String workshop, TestCalls.Person person, String affiliation, String... declared) {
        String id = invite(chair, workshop, person);
        answer(person.token(), workshop, acceptance(affiliation, declared)).statusCode(200);
        return id;
    }

    public static String acceptance(String affiliation, String... declared) {
        return """
                {"accept": true, "affiliation": "%s", "listPublicly": true, "declaredConflicts": [%s]}
                """.formatted(affiliation, Stream.of(declared).map(d -> "\"" + d + "\"").collect(Collectors.joining(",")));
    }

    /** An author of a paper body: {@code name, email, affiliation}. */
    public record Author(String name, String email, String affiliation) {

        public static Author of(TestCalls.Person person, String affiliation) {
            return new Author(person.name(), person.email(), affiliation);
        }
    }

    /** A paper body by {@code authors} (the first presents), with what its authors declare. */
    public static String paper(String title, List<Author> authors, String... declared) {
        String list = authors.stream().map(a -> """
                {"name": "%s", "email": "%s", "affiliation": "%s", "presenter": %s}"""
                .formatted(a.name(), a.email(), a.affiliation(), a == authors.getFirst())).collect(Collectors.joining(","));
        return """
                {"title": "%s", "abstract": "What the committee reads of it.", "track": "main", "format": "short",
                 "keywords": ["review"], "authors": [%s], "declaredConflicts": [%s]}
                """.formatted(title, list, Stream.of(declared).map(d -> "\"" + d + "\"").collect(Collectors.joining(",")));
    }

    /** Submitted by {@code submitter} (its first author) and made SUBMITTED by its PDF; answers its id. */
    public static String submitted(TestCalls.Person submitter, String workshop, String body) {
        String id = TestCalls.submit(submitter.token(), workshop, body).statusCode(201).extract().path("id");
        given().auth().oauth2(submitter.token()).contentType(PdfResource.PDF).body(TestPdfs.paper(2, 2, submitter.name()))
                .when().put("/api/submissions/" + id + "/pdf").then().statusCode(200);
        return id;
    }
}
