package dev.workshops.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void aWaitIsRoundedUpToWholeSecondsAndIsNeverLessThanOne() {
        assertEquals("1", ProblemMappers.retryAfterSeconds(Duration.ZERO));
        assertEquals("1", ProblemMappers.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals("1", ProblemMappers.retryAfterSeconds(Duration.ofSeconds(1)));
        assertEquals("2", ProblemMappers.retryAfterSeconds(Duration.ofMillis(1_500)));
        assertEquals("1", ProblemMappers.retryAfterSeconds(Duration.ofSeconds(-5)));
    }
}
