package dev.workshops.portal.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The portal's body limits: the PDF upload route takes more than 64 KiB (up to its own limit), every other route
 * refuses a larger body before any page code runs.
 */
@QuarkusTest
@TestProfile(UploadBodyLimitTest.WithoutSignIn.class)
class UploadBodyLimitTest {

    /**
     * No Keycloak here: sign-in is off, so nobody is signed in and a page is refused (403) once the limits have let
     * its request through. The upload route's sign-in check is narrowed to one workshop's uploads, so that the
     * limits can be seen on the others.
     */
    public static class WithoutSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.enabled", "false",
                    "quarkus.http.auth.permission.uploads.paths", "/workshops/guarded/submissions/*/pdf");
        }
    }

    private static final String BOUNDARY = "paper-boundary";

    @TestHTTPResource("/")
    URI portal;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aFormLargerThan64KibIsRefusedBeforeAnyPageRuns() throws Exception {
        HttpResponse<String> answer = post("workshops/w1/registration", "application/x-www-form-urlencoded",
                ("csrf=x&affiliation=" + "x".repeat(100 * 1024)).getBytes(StandardCharsets.UTF_8), false);
        assertEquals(413, answer.statusCode());
    }

    @Test
    void aPdfUploadByAVisitorWhoIsNotSignedInIsRefusedBeforeItsBodyIsSent() throws Exception {
        // Over the upload limit: were the body looked at first, this would be 413 (as on an unguarded route below).
        // (With Keycloak, the refusal is the redirect to its login page.)
        HttpResponse<String> answer = post("workshops/guarded/submissions/" + UUID.randomUUID() + "/pdf",
                "multipart/form-data; boundary=" + BOUNDARY, multipart(52 * 1024 * 1024), true);
        assertEquals(403, answer.statusCode(), "the upload route asks for a signed-in person before it reads a byte");
    }

    @Test
    void aPdfUploadLargerThan64KibPassesTheLimitToThePagesSignInCheck() throws Exception {
        HttpResponse<String> answer = post(uploadPath(), "multipart/form-data; boundary=" + BOUNDARY, multipart(100 * 1024), false);
        assertEquals(403, answer.statusCode(), "past the limit, the page refuses a visitor who is not signed in");
    }

    @Test
    void aPdfUploadLargerThanTheUploadLimitIsRefusedBeforeItsBodyIsSent() throws Exception {
        HttpResponse<String> answer = post(uploadPath(), "multipart/form-data; boundary=" + BOUNDARY, multipart(52 * 1024 * 1024), true);
        assertEquals(413, answer.statusCode());
    }

    private HttpResponse<String> post(String path, String type, byte[] body, boolean expectContinue) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.resolve(path)).header("Content-Type", type)
                .header("Origin", "http://" + portal.getHost() + ":" + portal.getPort()).expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String uploadPath() {
        return "workshops/w1/submissions/" + UUID.randomUUID() + "/pdf";
    }

    private static byte[] multipart(int pdfBytes) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"paper.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + pdfBytes + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + pdfBytes, tail.length);
        return body;
    }
}
