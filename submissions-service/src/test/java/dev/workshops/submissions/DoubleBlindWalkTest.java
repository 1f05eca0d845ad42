package dev.workshops.submissions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.infra.Tokens;
import dev.workshops.submissions.TestCalls.Person;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.submissions.pdf.PdfResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Double-blind, proven by walking: in a double-blind call with submitted papers, reviewers, a conflict, reviews and a
 * discussion, a reviewer calls every operation the service's OpenAPI document lists (so a new endpoint cannot be
 * forgotten), each with every paper of the call, plus the calls that succeed with real bodies and the error cases;
 * every answer's body, headers, and for a PDF its metadata and text, must hold none of the authors' names, emails,
 * affiliations or account ids. Then, after the decisions are released, an author walks the same way, and no answer
 * may hold a reviewer's name, email, membership id or account id.
 */
@QuarkusTest
class DoubleBlindWalkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    /** One answer the walker got, and what it was asked. */
    private record Answer(String request, int status, String searchable) {
    }

    @Test
    void noAnswerAReviewerGetsNamesAnAuthorAndNoAnswerAnAuthorGetsNamesAReviewer() throws IOException {
        TestCalls calls = new TestCalls(issuer, kafka);
        String workshop = calls.workshopWithCall(10);
        List<Person> people = calls.people("walk", 7);
        Person ada = people.get(0);
        Person bo = people.get(1);
        Person cy = people.get(2);
        Person rex = people.get(3);
        Person rae = people.get(4);
        Person ivy = people.get(5);
        Person dee = people.get(6);

        String reviewed = TestCalls.submittedPaper(workshop, "Walked paper", "Lovelace Institute of Walks", ada, bo);
        String conflicted = TestCalls.submittedPaper(workshop, "Conflicted walk", "Babbage College of Strolls", cy);
        String pending = TestCalls.submittedPaper(workshop, "Pending walk", "Hopper Academy of Paths", dee);
        UUID rexMember = TestAssignments.acceptedMember(workshop, rex);
        UUID raeMember = TestAssignments.acceptedMember(workshop, rae);
        TestAssignments.acceptedMember(workshop, ivy);
        UUID rexAssignment = TestAssignments.assign(workshop, reviewed, rexMember);
        TestAssignments.assign(workshop, reviewed, raeMember);
        TestAssignments.assign(workshop, pending, rexMember);
        TestAssignments.assign(workshop, conflicted, rexMember);
        UUID conflict = TestAssignments.conflict(workshop, conflicted, rexMember, Conflict.Status.AUTO);

        for (Person reviewer : List.of(rex, rae)) {
            assertEquals(200, put(reviewer.token(), "/api/submissions/" + reviewed + "/review",
                    TestAssignments.SUBMITTED_REVIEW).statusCode());
        }
        assertEquals(201, post(rae.token(), "/api/submissions/" + reviewed + "/discussion", "{\"text\": \"Agreed.\"}").statusCode());
        assertEquals(201, post(calls.chair(), "/api/submissions/" + reviewed + "/discussion", "{\"text\": \"Thanks.\"}").statusCode());

        // The reviewer's walk, before any decision reveals an accepted paper's authors.
        Map<String, String> parameters = Map.of("id", workshop, "cid", conflict.toString(), "aid", rexAssignment.toString());
        List<String> papers = List.of(reviewed, conflicted, pending, UUID.randomUUID().toString());
        List<Answer> asReviewer = new ArrayList<>(targeted(rex.token(), workshop, reviewed, conflicted, pending));
        asReviewer.addAll(everyOperation(rex.token(), parameters, papers));
        assertTrue(asReviewer.stream().anyMatch(a -> a.request().startsWith("GET /api/submissions/" + reviewed + "/pdf ")
                && a.status() == 200), "the reviewer got the paper's PDF");
        Set<String> authorData = new LinkedHashSet<>();
        for (Person author : List.of(ada, bo, cy, dee)) {
            authorData.add(author.name());
            authorData.add(author.email());
            authorData.add(Tokens.subjectOf(author.token()));
        }
        authorData.addAll(List.of("Lovelace Institute of Walks", "Babbage College of Strolls", "Hopper Academy of Paths"));
        assertNothingOf(authorData, asReviewer);

        // The reviewer's walk after one acceptance and one rejection are released: the accepted paper's authors may
        // show, the rejected (and the undecided) papers' never do.
        assertEquals(200, put(calls.chair(), "/api/submissions/" + reviewed + "/decision", "{\"outcome\": \"ACCEPT_POSTER\"}")
                .statusCode());
        assertEquals(200, put(calls.chair(), "/api/submissions/" + pending + "/decision", "{\"outcome\": \"REJECT\"}")
                .statusCode());
        assertEquals(200, post(calls.chair(), "/api/workshops/" + workshop + "/decisions/release", "").statusCode());
        List<Answer> afterRelease = new ArrayList<>(List.of(
                call(rex.token(), "GET", "/api/workshops/" + workshop + "/reviews/me", null),
                call(rex.token(), "GET", "/api/submissions/" + pending + "/reviews", null),
                call(rex.token(), "GET", "/api/submissions/" + pending + "/pdf", null),
                call(rex.token(), "PUT", "/api/submissions/" + pending + "/review", TestAssignments.SUBMITTED_REVIEW)));
        assertEquals(List.of(200, 200, 200, 409), afterRelease.stream().map(Answer::status).toList(), afterRelease.toString());
        assertTrue(afterRelease.getFirst().searchable().contains(ada.name()), "the accepted paper's authors show");
        afterRelease.addAll(everyOperation(rex.token(), parameters, papers));
        Set<String> stillHidden = new LinkedHashSet<>();
        for (Person author : List.of(cy, dee)) {
            stillHidden.add(author.name());
            stillHidden.add(author.email());
            stillHidden.add(Tokens.subjectOf(author.token()));
        }
        stillHidden.addAll(List.of("Babbage College of Strolls", "Hopper Academy of Paths"));
        assertNothingOf(stillHidden, afterRelease);

        // The author's walk, after release.
        List<Answer> asAuthor = new ArrayList<>();
        asAuthor.add(call(ada.token(), "GET", "/api/submissions/" + reviewed + "/reviews", null));
        assertTrue(asAuthor.getFirst().searchable().contains("Please widen the scope."), asAuthor.getFirst().searchable());
        asAuthor.add(call(ada.token(), "GET", "/api/submissions/" + reviewed, null));
        asAuthor.add(call(ada.token(), "GET", "/api/workshops/" + workshop + "/submissions/mine", null));
        asAuthor.add(call(ada.token(), "GET", "/api/submissions/" + reviewed + "/discussion", null));
        asAuthor.add(call(ada.token(), "PUT", "/api/submissions/" + reviewed + "/review", TestAssignments.SUBMITTED_REVIEW));
        asAuthor.addAll(everyOperation(ada.token(), parameters, papers));
        assertEquals(404, asAuthor.get(3).status(), "an author finds no discussion");
        Set<String> reviewerData = new LinkedHashSet<>();
        for (Person reviewer : List.of(rex, rae, ivy)) {
            reviewerData.add(reviewer.name());
            reviewerData.add(reviewer.email());
            reviewerData.add(Tokens.subjectOf(reviewer.token()));
        }
        reviewerData.addAll(List.of(rexMember.toString(), raeMember.toString(), "Independent Reviewers Lab", "Leaning accept."));
        assertNothingOf(reviewerData, asAuthor);

        // The search finds what is there: the author's own PDF names her in its metadata, the chairs' reviews name
        // the reviewers.
        assertTrue(asAuthor.stream().anyMatch(a -> a.request().equals("GET /api/submissions/" + reviewed + "/pdf ")
                && a.searchable().contains("Author=" + ada.name())), "the original PDF keeps its author");
        assertTrue(call(calls.chair(), "GET", "/api/submissions/" + reviewed + "/reviews", null).searchable()
                .contains(rex.email()), "chairs read who reviewed");
    }

    /** What a reviewer does with real bodies, and the errors they can provoke. */
    private List<Answer> targeted(String token, String workshop, String reviewed, String conflicted, String pending) {
        List<Answer> answers = new ArrayList<>();
        answers.add(call(token, "GET", "/api/workshops/" + workshop + "/reviews/me", null));
        answers.add(call(token, "GET", "/api/submissions/" + reviewed + "/reviews", null));
        answers.add(call(token, "GET", "/api/submissions/" + reviewed + "/discussion", null));
        answers.add(call(token, "POST", "/api/submissions/" + reviewed + "/discussion", "{\"text\": \"Me too.\"}"));
        answers.add(call(token, "PUT", "/api/submissions/" + reviewed + "/review", TestAssignments.SUBMITTED_REVIEW));
        answers.add(call(token, "GET", "/api/submissions/" + reviewed + "/pdf", null));
        answers.add(call(token, "GET", "/api/submissions/" + reviewed + "/pdf/reviewer-copy", null));
        answers.add(call(token, "PUT", "/api/submissions/" + pending + "/review",
                TestAssignments.SUBMITTED_REVIEW.replace("\"overall\": 7", "\"overall\": 11")));
        answers.add(call(token, "PUT", "/api/submissions/" + pending + "/review", "{\"summary\": \"Draft\", \"submit\": false}"));
        answers.add(call(token, "POST", "/api/submissions/" + pending + "/discussion", "{\"text\": \"Early.\"}"));
        answers.add(call(token, "PUT", "/api/submissions/" + conflicted + "/review", TestAssignments.SUBMITTED_REVIEW));
        answers.add(call(token, "PUT", "/api/submissions/" + conflicted + "/bid", "{\"bid\": \"EAGER\"}"));
        answers.add(call(token, "PUT", "/api/submissions/" + pending + "/bid", "{\"bid\": \"EAGER\"}"));
        answers.add(call(token, "GET", "/api/workshops/" + workshop + "/bids/me", null));
        assertEquals(List.of(200, 200, 200, 201, 200, 200, 200, 400, 200, 409, 404, 404, 204, 200),
                answers.stream().map(Answer::status).toList(), answers.toString());
        return answers;
    }

    /** Every operation of the service's OpenAPI document, each with every paper for {sid}. */
    private List<Answer> everyOperation(String token, Map<String, String> parameters, List<String> papers) throws IOException {
        JsonNode document = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<Answer> answers = new ArrayList<>();
        Map<String, JsonNode> paths = new LinkedHashMap<>();
        document.path("paths").properties().forEach(entry -> paths.put(entry.getKey(), entry.getValue()));
        assertTrue(paths.containsKey("/api/submissions/{sid}/reviews") && paths.containsKey("/api/workshops/{id}/reviews/me"),
                paths.keySet().toString());
        for (Map.Entry<String, JsonNode> path : paths.entrySet()) {
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                if (!path.getValue().has(method)) {
                    continue;
                }
                for (String sid : path.getKey().contains("{sid}") ? papers : List.of("")) {
                    String concrete = fill(path.getKey(), parameters, sid);
                    boolean bodied = !method.equals("get") && !method.equals("delete");
                    answers.add(call(token, method.toUpperCase(Locale.ROOT), concrete, bodied ? "{}" : null));
                }
            }
        }
        return answers;
    }

    private static String fill(String template, Map<String, String> parameters, String sid) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(filled, name.equals("sid") ? sid : parameters.getOrDefault(name, "unknown"));
        }
        return matcher.appendTail(filled).toString();
    }

    private static Answer call(String token, String method, String path, String body) {
        RequestSpecification request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        Response response = request.request(method, path);
        StringBuilder searchable = new StringBuilder();
        for (Header header : response.getHeaders()) {
            searchable.append(header.getName()).append(": ").append(header.getValue()).append('\n');
        }
        byte[] bytes = response.asByteArray();
        searchable.append(new String(bytes, StandardCharsets.ISO_8859_1));
        if (PdfResource.PDF.equals(response.getContentType())) {
            searchable.append('\n').append(readPdf(bytes));
        }
        return new Answer(method + " " + path + " ", response.statusCode(), searchable.toString());
    }

    /** Its information dictionary, its XMP packet and its text, as a reader's PDF viewer would show them. */
    private static String readPdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            StringBuilder shown = new StringBuilder();
            PDDocumentInformation info = document.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                shown.append(key).append('=').append(info.getCustomMetadataValue(key)).append('\n');
            }
            if (document.getDocumentCatalog().getMetadata() != null) {
                shown.append(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            }
            return shown.append(new PDFTextStripper().getText(document)).toString();
        } catch (IOException e) {
            throw new IllegalStateException("the PDF served does not open", e);
        }
    }

    private static void assertNothingOf(Set<String> secrets, List<Answer> answers) {
        assertFalse(answers.isEmpty());
        List<String> leaks = new ArrayList<>();
        for (Answer answer : answers) {
            String text = answer.searchable().toLowerCase(Locale.ROOT);
            for (String secret : secrets) {
                if (text.contains(secret.toLowerCase(Locale.ROOT))) {
                    leaks.add(answer.request() + answer.status() + " holds " + secret);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static Response put(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path);
    }

    private static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }
}
