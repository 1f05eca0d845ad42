package dev.workshops.submissions.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.support.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The deadline rule on its own, at the instants the call for papers names (a past year is fine: no clock is read). */
class DeadlineRuleTest {

    private static final Deadline AOE = new Deadline(LocalDate.of(2026, 9, 25), LocalTime.of(23, 59), "AoE");
    private static final DeadlineRule RULE = new DeadlineRule(Instant.parse("2026-06-01T00:00:00Z"), AOE, AOE.instant(),
            Duration.ofMinutes(15));

    @Test
    void twentyThreeFiftyNineAnywhereOnEarthIsElevenFiftyNineUtcTheNextDay() {
        assertEquals(Instant.parse("2026-09-26T11:59:00Z"), AOE.instant());
    }

    @Test
    void anIanaZoneResolvesWithItsDaylightSavingOffset() {
        assertEquals(Instant.parse("2026-09-25T21:59:00Z"),
                new Deadline(LocalDate.of(2026, 9, 25), LocalTime.of(23, 59), "Europe/Vienna").instant());
    }

    @Test
    void aChangeASecondBeforeTheDeadlineIsOnTime() {
        assertEquals(Timeliness.ON_TIME, RULE.check(Instant.parse("2026-09-26T11:58:59Z"), null));
    }

    @Test
    void aChangeWithinTheGraceIsLateWithinGraceAndTheCallNoLongerShowsOpen() {
        assertEquals(Timeliness.LATE_WITHIN_GRACE, RULE.check(Instant.parse("2026-09-26T12:10:00Z"), null));
        assertEquals(Timeliness.LATE_WITHIN_GRACE, RULE.check(Instant.parse("2026-09-26T12:14:00Z"), null));
        assertFalse(RULE.open(Instant.parse("2026-09-26T12:10:00Z")));
    }

    @Test
    void aChangeAfterTheGraceIsRefusedWithTheDeadlineInTheAuthorsWords() {
        ProblemException refused = assertThrows(ProblemException.class, () -> RULE.check(Instant.parse("2026-09-26T12:15:01Z"), null));
        assertEquals(409, refused.problem().status());
        assertEquals("Submissions closed at 23:59 AoE on 25 September, 11:59 UTC on 26 September.", refused.problem().detail());
        assertEquals(Instant.parse("2026-09-26T11:59:00Z"), refused.problem().extensions().get("deadlineAt"));
    }

    @Test
    void anExtensionReplacesTheDeadlineForItsSubmission() {
        Instant extended = Instant.parse("2026-09-28T12:00:00Z");
        assertEquals(Timeliness.ON_TIME, RULE.check(Instant.parse("2026-09-27T08:00:00Z"), extended));
        ProblemException refused = assertThrows(ProblemException.class, () -> RULE.check(Instant.parse("2026-09-28T12:20:00Z"), extended));
        assertEquals("The extension of this submission ended at 12:00 UTC on 28 September.", refused.problem().detail());
    }

    @Test
    void nothingIsTakenBeforeTheCallOpens() {
        ProblemException refused = assertThrows(ProblemException.class, () -> RULE.check(Instant.parse("2026-05-31T23:59:59Z"), null));
        assertEquals(409, refused.problem().status());
        assertTrue(refused.problem().detail().contains("opens at 00:00 UTC on 1 June"), refused.problem().detail());
    }

    @Test
    void aoeAndRegionsAreZonesButOffsetsAndAbbreviationsAreNot() {
        assertTrue(Deadline.isZone("AoE"));
        assertTrue(Deadline.isZone("America/Toronto"));
        assertTrue(Deadline.isZone("UTC"));
        assertFalse(Deadline.isZone("+02:00"));
        assertFalse(Deadline.isZone("aoe"));
        assertFalse(Deadline.isZone("CEST"));
    }
}
