package dev.workshops.portal.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The countdown's words: the two largest units, singular where one, nothing once past. */
class DeadlinesTest {

    @Test
    void whatIsLeftIsSaidInItsTwoLargestUnits() {
        assertEquals("6 days, 3 hours", Deadlines.left(Duration.ofDays(6).plusHours(3).plusMinutes(59)));
        assertEquals("1 day, 0 hours", Deadlines.left(Duration.ofDays(1).plusMinutes(5)));
        assertEquals("5 hours, 1 minute", Deadlines.left(Duration.ofHours(5).plusMinutes(1).plusSeconds(30)));
        assertEquals("12 minutes", Deadlines.left(Duration.ofMinutes(12).plusSeconds(59)));
        assertEquals("less than a minute", Deadlines.left(Duration.ofSeconds(59)));
    }

    @Test
    void aDeadlinePastOrNowLeavesNothingToCount() {
        assertEquals("", Deadlines.left(Duration.ZERO));
        assertEquals("", Deadlines.left(Duration.ofMinutes(-3)));
    }
}
