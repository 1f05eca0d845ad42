package dev.workshops.support.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.infra.RawHttp;
import dev.workshops.support.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Each class of bad input a hostile client sent is a 400 (or 401) problem naming what is wrong, never a 500. */
@QuarkusTest
class InputHardeningTest {

    @Test
    void aNulCharacterInAJsonTextIsRefusedNamingTheField() {
        refused(post("{\"text\":\"a\\u0000b\"}"), "text", "must not contain a NUL character");
    }

    @Test
    void anUnpairedSurrogateInAJsonTextIsRefusedRatherThanStoredAsAQuestionMark() {
        refused(post("{\"text\":\"a\\ud800b\"}"), "text", "must not contain an unpaired surrogate character");
        post("{\"text\":\"\\ud83d\\ude00\"}").statusCode(200).body("text", equalTo("\uD83D\uDE00"));
    }

    @Test
    void aNulByteInAPathOrQueryParameterIsRefusedNamingTheParameter() {
        problem(given().urlEncodingEnabled(false).when().get("/input-probe/texts/a%00b").then(), 400)
                .body("violations[0].field", equalTo("name"));
        problem(given().urlEncodingEnabled(false).when().get("/input-probe/texts/fine?q=%00").then(), 400)
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void anEnumIsItsNameNotItsNumber() {
        refused(post("{\"mode\":1}"), "mode", "must be one of IN_PERSON, VIRTUAL");
        post("{\"mode\":\"VIRTUAL\"}").statusCode(200).body("mode", equalTo("VIRTUAL"));
    }

    @Test
    void aWholeNumberIsNotReadFromAFraction() {
        refused(post("{\"count\":1.5}"), "count", "must be a whole number");
    }

    @Test
    void contentAfterTheJsonValueAndDuplicateKeysAreRefused() {
        problem(post("{\"text\":\"a\"} {\"text\":\"b\"}"), 400).body("detail", containsString("more content after"));
        problem(post("{\"text\":\"a\",\"text\":\"b\"}"), 400).body("detail", containsString("Duplicate field 'text'"));
    }

    @Test
    void aDateBeyondYear9999IsRefusedNamingTheField() {
        refused(post("{\"at\":\"+999999999-12-31T23:59:59Z\"}"), "at", "must be a date between the years 1 and 9999");
        refused(post("{\"at\":\"-999999999-01-01T00:00:00Z\"}"), "at", "must be a date between the years 1 and 9999");
        post("{\"at\":\"2030-06-01T09:00:00Z\"}").statusCode(200).body("at", equalTo("2030-06-01T09:00:00Z"));
    }

    @Test
    void aBodyOfTheWrongShapeNamesNoJavaClass() {
        problem(post("[1,2]"), 400).body("detail", not(containsString("dev.workshops")))
                .body("detail", not(containsString("java.")));
        refused(post("{\"count\":\"many\"}"), "count", "must be a whole number");
    }

    @Test
    void aNonNumericPageOrSizeIs400NamingIt() {
        problem(given().when().get("/input-probe/pages?page=abc").then(), 400)
                .body("violations[0].field", equalTo("page"));
        problem(given().when().get("/input-probe/pages?size=abc").then(), 400)
                .body("violations[0].field", equalTo("size"));
        given().when().get("/input-probe/pages?page=2&size=10").then().statusCode(200).body("page", equalTo(2));
    }

    @Test
    void aPageSoFarOnThatItsOffsetWouldOverflowIs400NamingIt() {
        problem(given().when().get("/input-probe/pages?page=2147483647&size=500").then(), 400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void aTrueOrFalseParameterIsTrueOrFalseNotAnyWordReadAsFalse() {
        problem(given().when().get("/input-probe/flags?on=maybe").then(), 400).body("violations[0].field", equalTo("on"))
                .body("violations[0].message", equalTo("must be true or false"));
        problem(given().when().get("/input-probe/flags?off=yes").then(), 400).body("violations[0].field", equalTo("off"));
        given().when().get("/input-probe/flags?on=TRUE&off=false").then().statusCode(200).body("on", equalTo(true))
                .body("off", equalTo(false));
    }

    @Test
    void aBearerTokenMadeOfDotsIs401() {
        problem(given().header("Authorization", "Bearer ..").when().get("/input-probe/me").then(), 401);
        problem(given().header("Authorization", "Bearer a.b.c").when().get("/input-probe/me").then(), 401);
    }

    @Test
    void aBodyAbove64KiBIs413ProblemAndABodyOfUnknownLength411() {
        String big = "{\"text\":\"" + "a".repeat(70 * 1024) + "\"}";
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe HTTP/1.1\r\nContent-Type: application/json", big),
                413, "64 KiB");
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe/reactive HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: chunked", Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n"),
                411, "Content-Length");
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "a".repeat(60 * 1024) + "\"}").when()
                .post("/input-probe/reactive").then().statusCode(200);
    }

    @Test
    void aRouteDeclaredToTakeALargerBodyTakesItInChunksAndTheOthersKeep64KiB() {
        byte[] upload = new byte[200 * 1024];
        RawHttp.Streamed taken = RawHttp.sendChunked(RestAssured.port,
                "PUT /input-probe/uploads/paper HTTP/1.1\r\nContent-Type: application/pdf", new java.io.ByteArrayInputStream(upload));
        assertEquals(200, taken.answer().status(), taken.answer()::toString);
        assertEquals(upload.length, JsonPath.from(taken.answer().body()).getInt("bytes"));

        transportProblem(RawHttp.send(RestAssured.port, "PUT /input-probe/uploads/paper HTTP/1.1\r\nContent-Type: application/pdf"
                + "\r\nContent-Length: " + (2 * 1024 * 1024), ""), 413, "larger than 1 MiB");
        String big = "{\"text\":\"" + "a".repeat(70 * 1024) + "\"}";
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe/reactive HTTP/1.1\r\nContent-Type: application/json", big),
                413, "larger than 64 KiB");
    }

    @Test
    void aTooLongUriIs414Problem() {
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/fine?q=" + "a".repeat(10_000)), 414, "URI");
    }

    @Test
    void tooLargeHeadersAre431Problem() {
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/fine", "X-Padding: " + "a".repeat(40_000)),
                431, "headers");
    }

    @Test
    void aMalformedPercentEncodingIs400Problem() {
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/fine?q=%zz"), 400, "percent-encod");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/%zz"), 400, "percent-encod");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/fine?q=a%"), 400, "percent-encod");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/fine?q=%e0%a4"), 400, "percent-encod");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/%e0%a4"), 400, "percent-encod");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/texts/a%7Bb%7D?q={x}"), 400, "percent-encod");
        given().urlEncodingEnabled(false).when().get("/input-probe/texts/caf%C3%A9?q=%F0%9F%98%80").then().statusCode(200).body("name", equalTo("café"));
    }

    @Test
    void anUnknownOrMalformedContentTypeIs415Or400Problem() {
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe HTTP/1.1\r\nContent-Type: application/x-unknown",
                "{}"), 415, "application/json");
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe HTTP/1.1\r\nContent-Type: ;;;", "{}"), 400,
                "Content-Type");
        transportProblem(RawHttp.send(RestAssured.port, "POST /input-probe HTTP/1.1\r\nContent-Type: application/json; charset",
                "{}"), 400, "Content-Type");
    }

    @Test
    void aMalformedOrUnanswerableAcceptOnAPagedListIs406Or400Problem() {
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/pages", "Accept: image/png"), 406, "media type");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/pages", "Accept: ;;;"), 400, "Accept");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/pages", "Accept: text/"), 400, "Accept");
        transportProblem(RawHttp.get(RestAssured.port, "/input-probe/pages", "Accept: application/json;q=abc"), 400, "Accept");
        given().accept("application/json").when().get("/input-probe/pages").then().statusCode(200);
    }

    private static void transportProblem(RawHttp.Answer answer, int status, String detailMentions) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(Problem.MEDIA_TYPE, answer.header("Content-Type"), answer::toString);
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals(status, problem.getInt("status"), answer::toString);
        assertTrue(problem.getString("detail").contains(detailMentions), answer::toString);
        assertFalse(answer.body().contains("dev.workshops") || answer.body().contains("java."), answer::toString);
    }

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/input-probe").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static void refused(ValidatableResponse response, String field, String message) {
        problem(response, 400).body("violations[0].field", equalTo(field)).body("violations[0].message", equalTo(message));
    }
}
