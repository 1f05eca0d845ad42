package dev.workshops.infra.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.workshops.infra.RawHttp;
import dev.workshops.infra.hostile.HostileCorpus.Expect;
import dev.workshops.infra.hostile.HostileCorpus.HostileCase;
import dev.workshops.infra.hostile.OpenApiOperations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check is only worth its green if each kind of wrong answer turns it red. */
class HostileInputsTest {

    private static final Operation OPERATION = new Operation("PUT", "/api/things/{id}", List.of(), List.of("application/json"),
            true, MissingNode.getInstance());
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aFourHundredProblemPasses() {
        assertEquals(List.of(), failures(Expect.REFUSED, 400, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400}"));
    }

    @Test
    void aServerErrorFailsEvenWhenTolerated() {
        assertFails(failures(Expect.TOLERATED, 500, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Oops\",\"status\":500}"), "answered 500");
    }

    @Test
    void aBadRequestCarriedOutFails() {
        assertFails(failures(Expect.REFUSED, 200, "application/json", "{}"), "not refused");
    }

    @Test
    void anErrorThatIsNotAProblemFails() {
        assertFails(failures(Expect.REFUSED, 413, "text/plain", "too large"), "content type");
        assertFails(failures(Expect.REFUSED, 400, PROBLEM, "{\"title\":\"Bad\",\"status\":400}"), "no type and title");
    }

    @Test
    void aProblemWhoseStatusMemberIsNotTheHttpStatusFails() {
        assertFails(failures(Expect.REFUSED, 409, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":\"LIVE\"}"),
                "status member");
    }

    @Test
    void aJavaClassNameOrStackFrameInAnAnswerFails() {
        assertFails(failures(Expect.REFUSED, 400, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400,"
                + "\"detail\":\"Cannot deserialize value of type `dev.workshops.registration.CheckInRequest`\"}"), "Java class");
        assertFails(failures(Expect.REFUSED, 400, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400,"
                + "\"detail\":\"NullPointerException\"}"), "Java class");
    }

    @Test
    void aValidTokenRefusedFailsForTheCheckWouldTestNothing() {
        assertFails(failures(Expect.REFUSED, 401, PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}"),
                "valid token was refused");
    }

    private static List<String> failures(Expect expect, int status, String contentType, String body) {
        HostileCase hostile = new HostileCase(OPERATION, "a probe", "PUT", "/api/things/x", "application/json", "{}",
                "Bearer a-valid-token", "*/*", expect);
        List<String> failures = new ArrayList<>();
        HostileInputs.judge(hostile, new RawHttp.Answer(status, Map.of("content-type", contentType), body), failures);
        return failures;
    }

    private static void assertFails(List<String> failures, String saying) {
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.getFirst().contains(saying), failures::toString);
    }
}
