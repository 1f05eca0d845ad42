package dev.workshops.support.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrencyFailureTest {

    @TestHTTPResource("/probe/")
    URI probe;

    @Test
    void aTransactionPostgresqlAbortsToBreakADeadlockAnswers409() {
        String a = "deadlock-a-" + System.nanoTime();
        String b = "deadlock-b-" + System.nanoTime();
        given().post("/probe/" + a).then().statusCode(200);
        given().post("/probe/" + b).then().statusCode(200);

        // Each locks one row, waits, then wants the other's: PostgreSQL aborts one of them.
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> ab = http.sendAsync(post(a + "/then/" + b), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> ba = http.sendAsync(post(b + "/then/" + a), HttpResponse.BodyHandlers.ofString());
        List<HttpResponse<String>> answers = List.of(ab.join(), ba.join());

        assertEquals(List.of(200, 409), answers.stream().map(HttpResponse::statusCode).sorted().toList());
        HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("Another request changed the same data at the same moment; try again."), refused.body());
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(probe.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }
}
