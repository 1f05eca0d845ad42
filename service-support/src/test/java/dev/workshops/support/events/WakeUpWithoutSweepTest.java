package dev.workshops.support.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes a fact when its commit wakes it, not at the next sweep: with the sweep paused, every change
 * still reaches the consumer within seconds, whatever lane its key falls in.
 */
@QuarkusTest
class WakeUpWithoutSweepTest {

    @Inject
    Scheduler scheduler;

    @Test
    void eachCommittedFactReachesTheConsumerWithoutWaitingForTheSweep() {
        scheduler.pause(OutboxRelay.SWEEP);
        try {
            assertTrue(scheduler.isPaused(OutboxRelay.SWEEP), "the sweep must not run during this test");
            String run = "wake-" + System.nanoTime() + "-";
            // More keys than lanes, one change at a time: every lane has to be woken for.
            for (int i = 0; i < 3 * Outbox.LANES; i++) {
                String key = run + i;
                given().when().post("/probe/" + key).then().statusCode(200);
                Awaitility.await("change of " + key + " applied by the consumer")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> effects(key).size() == 1);
                assertEquals(List.of(1), effects(key));
            }
        } finally {
            scheduler.resume(OutboxRelay.SWEEP);
        }
    }

    private static List<Integer> effects(String key) {
        return given().when().get("/probe/" + key + "/effects").then().statusCode(200).extract().as(new TypeRef<>() {});
    }
}
