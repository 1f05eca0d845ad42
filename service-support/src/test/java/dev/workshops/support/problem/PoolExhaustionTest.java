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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PoolExhaustionTest {

    @TestHTTPResource("/probe/")
    URI probe;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int poolSize;

    @Test
    void aRequestThatFindsEveryConnectionTakenIsAnswered503WithRetryAfter() {
        // Twice as many requests as connections, each holding its connection for 3 s; the wait is 1 s (test config).
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 2 * poolSize)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(probe.resolve("hold?millis=3000"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Set.of(200, 503), byStatus.keySet(), "only successes and 503s: " + byStatus);
        HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(ProblemMappers.retryAfterSeconds(ProblemMappers.BUSY_RETRY_AFTER), refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("\"status\":503"), refused.body());

        given().post("/probe/hold?millis=0").then().statusCode(200);
    }
}
